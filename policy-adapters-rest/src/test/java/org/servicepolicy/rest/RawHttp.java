package org.servicepolicy.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for the requests no well-behaved client sends: a
 * {@code Content-Length} far beyond what follows, a chunked body that goes on and on. Each
 * request is bounded: the socket gives up after 20 seconds, and at most the bytes asked for are
 * offered.
 */
final class RawHttp {
    private static final int TIMEOUT_MILLIS = 20_000;
    private static final int CHUNK = 64 * 1024;

    private RawHttp() {
    }

    /**
     * An HTTP answer read off the socket.
     *
     * @param status  the status code
     * @param headers the headers, names in lower case
     * @param body    the body as text
     * @param took    from the first byte sent to the last byte of the answer read
     */
    record Answer(int status, Map<String, String> headers, String body, Duration took) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /** POSTs JSON to {@code path} as {@code user}, announcing {@code announced} bytes and sending only {@code sent}. */
    static Answer announcing(int port, String path, User user, long announced, byte[] sent) {
        try (var socket = connect(port)) {
            long started = System.nanoTime();
            var out = socket.getOutputStream();
            out.write(head(port, path, user, "Content-Length: " + announced));
            out.write(sent);
            out.flush();
            return read(socket.getInputStream(), started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * POSTs a chunked JSON body to {@code path} as {@code user}: {@code prefix}, then spaces, offered
     * until {@code offered} bytes went out or the server stops reading.
     */
    static Answer streaming(int port, String path, User user, byte[] prefix, long offered) {
        try (var socket = connect(port)) {
            long started = System.nanoTime();
            var out = socket.getOutputStream();
            out.write(head(port, path, user, "Transfer-Encoding: chunked"));
            var writer = new Thread(() -> offer(out, prefix, offered), "chunked-body-writer");
            writer.setDaemon(true);
            writer.start();
            var answer = read(socket.getInputStream(), started);
            socket.shutdownOutput();
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Socket connect(int port) throws IOException {
        var socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        return socket;
    }

    private static byte[] head(int port, String path, User user, String framing) {
        var credentials = Base64.getEncoder().encodeToString((user.login() + ":" + User.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return ("POST /api/v1" + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic "
                + credentials + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void offer(OutputStream out, byte[] prefix, long offered) {
        try {
            chunk(out, prefix);
            var spaces = " ".repeat(CHUNK).getBytes(StandardCharsets.US_ASCII);
            for (long sent = prefix.length; sent < offered; sent += CHUNK) {
                chunk(out, spaces);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException serverStoppedReading) {
            // What a server that refuses the body does: the rest is never sent.
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static Answer read(InputStream in, long started) throws IOException {
        var head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before an answer: " + head);
            }
            head.write(b);
        }
        var lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new TreeMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        var length = headers.get("content-length");
        var body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8),
                Duration.ofNanos(System.nanoTime() - started));
    }
}
