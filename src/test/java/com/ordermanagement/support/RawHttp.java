package com.ordermanagement.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 by hand, for requests a normal client will not send: lying lengths, endless chunks. */
public final class RawHttp {

    private RawHttp() {}

    /** Sends the head and body as given and returns the whole response as text. */
    public static String exchange(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    /** A chunked body of {@code size} bytes of JSON-ish filler, in 8 KiB chunks. */
    public static byte[] chunked(int size) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        java.util.Arrays.fill(chunk, (byte) ' ');
        for (int sent = 0; sent < size; sent += chunk.length) {
            int n = Math.min(chunk.length, size - sent);
            body.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(chunk, 0, n);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }
}
