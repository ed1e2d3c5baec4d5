/**
 * The HTTP edge, shared by every feature and knowing none: the filter chain (correlation ids, security headers, CORS, rate limits, body size and type), the generic problem answers for the framework's and the container's errors, the error controller, and their wiring: the filter chain in its order, Tomcat, handler mapping, JSON reading, OpenAPI ({@code openapi}) and Spring Security ({@code security}). Each feature answers its own exceptions in its own advice.
 */
package com.ordermanagement.web;
