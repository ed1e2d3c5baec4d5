package com.ordermanagement.web;

import com.ordermanagement.common.problem.Problems;
import com.ordermanagement.web.filter.SecurityHeadersFilter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's own error answers (a malformed request line or URI, an encoded slash, an oversized header,
 * a bad Content-Length…) are refused before any filter or controller runs. This valve replaces
 * Tomcat's HTML error page with the same RFC 9457 problem and security headers as every other answer,
 * and, like them, echoes nothing of the request.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
            SecurityHeadersFilter.apply(response.getResponse(), false);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            HttpStatusCode code = HttpStatusCode.valueOf(status);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + Problems.genericType(code) + "\",\"title\":\""
                        + Problems.genericDetail(code) + "\",\"status\":" + status + ",\"detail\":\""
                        + Problems.genericDetail(code) + "\",\"instance\":\"/\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer started already; nothing more can be said.
        }
    }
}
