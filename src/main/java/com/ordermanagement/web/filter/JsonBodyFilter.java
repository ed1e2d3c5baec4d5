package com.ordermanagement.web.filter;

import com.ordermanagement.common.problem.Problems;
import com.ordermanagement.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/** POST and PUT bodies must be JSON; anything else is refused with 415 before it is parsed. */
public class JsonBodyFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public JsonBodyFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean writes = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (writes && hasBody && !isJson(request.getContentType())) {
            problems.write(
                    request,
                    response,
                    Problems.of(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            null,
                            "Unsupported media type",
                            "Request bodies must be JSON (Content-Type: application/json)"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || (type.getType().equals("application")
                            && type.getSubtype().endsWith("+json"));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }
}
