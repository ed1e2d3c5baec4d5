package com.ordermanagement.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class ProblemErrorControllerTest {

    private final ProblemErrorController controller = new ProblemErrorController();

    @Test
    void containerErrorsBecomeProblemsWithTheirStatus() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/orders/{bad}");

        ResponseEntity<ProblemDetail> response = controller.error(request);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().getType().toString()).isEqualTo("/problems/bad-request");
        assertThat(response.getBody().getInstance().toString()).isEqualTo("/");
        assertThat(response.getBody().getDetail()).contains("Bad Request");
    }

    @Test
    void aDirectVisitIsNotFoundAndAnUnknownStatusIsAnInternalErrorWithoutDetails() {
        ResponseEntity<ProblemDetail> direct = controller.error(new MockHttpServletRequest("GET", "/error"));
        MockHttpServletRequest unknown = new MockHttpServletRequest("GET", "/error");
        unknown.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 999);
        ResponseEntity<ProblemDetail> odd = controller.error(unknown);

        assertThat(direct.getStatusCode().value()).isEqualTo(404);
        assertThat(odd.getStatusCode().value()).isEqualTo(500);
        assertThat(odd.getBody().getDetail()).isEqualTo("The request could not be completed; the error was logged");
    }

    @Test
    void logSafeTextHasNoLineBreaksAndABoundedLength() {
        assertThat(LogSafe.of("evil\r\nINFO forged line")).isEqualTo("evil??INFO forged line");
        assertThat(LogSafe.of("x".repeat(500))).hasSize(201);
        assertThat(LogSafe.of(null)).isEqualTo("null");
    }
}
