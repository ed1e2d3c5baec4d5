package com.ordermanagement.web.filter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Refuses a cross-origin request as every other refusal: a 403 problem document, not bare text. */
public class ProblemCorsProcessor extends DefaultCorsProcessor {

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody()
                .write(("{\"type\":\"/problems/cors-origin-refused\",\"title\":\"Origin not allowed\","
                                + "\"status\":403,\"detail\":\"This origin may not call the API from a browser\","
                                + "\"instance\":\"/\"}")
                        .getBytes(StandardCharsets.UTF_8));
        response.flush();
    }
}
