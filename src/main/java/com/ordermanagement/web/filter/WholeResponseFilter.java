package com.ordermanagement.web.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an answer leave in one piece. Spring MVC flushes the response after writing a body (the JSON
 * generator flushes, and so does every {@code ResponseEntity}), which makes Tomcat send the headers
 * and the body as a chunk at once and the closing chunk in a second write when the request ends.
 * Without those early flushes Tomcat keeps a body that fits its buffer (8 KB) until the request ends,
 * then sends it with a {@code Content-Length} in one write. Larger bodies still stream: the buffer
 * sends whenever it fills. Nothing this service answers needs an early flush (no server-sent events,
 * no long polling).
 *
 * <p>Kept instead of Spring MVC's default flushing because it is measurably cheaper: one write instead
 * of two for nearly every answer. {@code bench/compare.sh} (3 interleaved rounds, 2026-12-07,
 * {@code bench/results/compare-HEAD_variant-pathfirst_variant-both.md}) served GET one order at
 * 12,711 req/s with this filter against 10,404 without it (1.22 ×; list of 20 1.04 ×), and the
 * run before it ({@code compare-before.jar_d808fa8_HEAD.md}, 5 rounds) lost 13 % of GET throughput
 * when this filter and the path-first mapping were removed together. The mapping alone saved 4.7 % of
 * a GET's allocation and no throughput, under the 5 % that keeps a hand-made part, so it went.
 */
public class WholeResponseFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new NoEarlyFlush(response));
    }

    /** Ignores flushes; Tomcat flushes when the request ends. */
    static final class NoEarlyFlush extends HttpServletResponseWrapper {

        private ServletOutputStream body;

        NoEarlyFlush(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() {
            // sent when the request ends
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (body == null) {
                body = new UnflushedStream(super.getOutputStream());
            }
            return body;
        }
    }

    private static final class UnflushedStream extends ServletOutputStream {

        private final ServletOutputStream target;

        UnflushedStream(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            // sent when the request ends
        }

        @Override
        public void close() throws IOException {
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
