package dev.outbound.adapter.http.backend.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads Server-Sent Events frames from a stream: {@code id:}, {@code event:} and {@code data:} lines up to a blank
 * line; comment lines (starting with {@code :}) are skipped; several data lines are joined with newlines.
 */
final class SseReader {
    /** One frame; {@code id}, {@code event} and {@code data} are null when the frame had no such line. */
    record Frame(String id, String event, String data) {}

    private final BufferedReader lines;
    private final Runnable onLine;

    /** {@code onLine} runs for every line read, heartbeats included. */
    SseReader(InputStream in, Runnable onLine) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.onLine = onLine;
    }

    /** The next frame with at least an id or data, or nothing at the end of the stream. */
    Optional<Frame> next() throws IOException {
        String id = null;
        String event = null;
        StringBuilder data = null;
        String line;
        while ((line = lines.readLine()) != null) {
            onLine.run();
            if (line.isEmpty()) {
                if (id != null || data != null) {
                    return Optional.of(new Frame(id, event, data == null ? null : data.toString()));
                }
                event = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "id" -> id = value;
                case "event" -> event = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> { }
            }
        }
        return Optional.empty();
    }
}
