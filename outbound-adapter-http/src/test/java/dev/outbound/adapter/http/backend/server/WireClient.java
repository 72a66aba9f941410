package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.TestBackends;
import dev.outbound.adapter.http.backend.WireJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Raw HTTP/1.1 requests to a backend-protocol server, written byte for byte, one connection each: a test can send
 * what {@link java.net.URI} refuses to build ({@code %ZZ}, a raw {@code +}) and read exactly what came back,
 * HTML page or JSON.
 */
final class WireClient {
    private final String host;
    private final int port;

    /** One answer: status, headers (names in lower case) and body text. */
    record Answer(int status, Map<String, String> headers, String text) {
        /** The body as a JSON object; fails the test when it is not one. */
        JsonNode json() {
            return WireJson.parseObject(text);
        }

        int number() {
            return errorMember("GSW_ERROR_NUMBER").intValue();
        }

        String code() {
            return errorMember("GSW_ERROR_CODE").stringValue();
        }

        String error() {
            return errorMember("GSW_ERROR").stringValue();
        }

        private JsonNode errorMember(String key) {
            JsonNode value = json().get(key);
            if (value == null) {
                throw new AssertionError("expected an error reply with " + key + "; was " + this);
            }
            return value;
        }

        Optional<String> referenceId() {
            JsonNode id = json().get("GSW_REFERENCE_ID");
            return id == null ? Optional.empty() : Optional.of(id.stringValue());
        }

        @Override
        public String toString() {
            return status + " " + headers.get("content-type") + " " + text;
        }
    }

    WireClient(String address) {
        URI uri = URI.create(address);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    Answer get(String target) {
        return send("GET", target, null);
    }

    Answer post(String target, String body) {
        return send("POST", target, body);
    }

    /** Sends {@code target} exactly as given, with the shared secret. */
    Answer send(String method, String target, String body) {
        return sendBytes(method, target, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code request} (request line, headers and all) byte for byte, as ISO-8859-1. */
    Answer raw(String request) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new AssertionError("no answer to " + request.lines().findFirst().orElse("") + ": " + e, e);
        }
    }

    /** Sends {@code target} and the body's bytes exactly as given (null: no body), with the shared secret. */
    Answer sendBytes(String method, String target, byte[] body) {
        byte[] content = body == null ? new byte[0] : body;
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Authorization: Bearer ").append(TestBackends.SECRET).append("\r\n")
                .append("Connection: close\r\n");
        if (body != null) {
            head.append("Content-Type: application/json; charset=utf-8\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new AssertionError("no answer to " + method + " " + target + ": " + e, e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(), lines[i].substring(colon + 1).strip());
        }
        byte[] body = all.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        String text = new String(chunked, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
