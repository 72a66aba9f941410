package dev.outbound.adapter.http.backend.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Frames are read as the SSE format has them: fields up to a blank line, comments skipped, data lines joined. */
class SseReaderTest {
    @Test
    void framesCommentsAndPositions() throws IOException {
        String stream = ": backend events\n\nid: 41\n\nid: 42\nevent: CallConnected\ndata: {\"a\":1}\n\n"
                + ": ping\n\r\ndata: line one\r\ndata: line two\r\n\r\nevent: EventsLost\ndata:{}\n\n";
        AtomicInteger lines = new AtomicInteger();
        SseReader reader = new SseReader(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)),
                lines::incrementAndGet);

        List<SseReader.Frame> frames = new ArrayList<>();
        Optional<SseReader.Frame> frame;
        while ((frame = reader.next()).isPresent()) {
            frames.add(frame.get());
        }

        assertThat(frames).containsExactly(
                new SseReader.Frame("41", null, null),
                new SseReader.Frame("42", "CallConnected", "{\"a\":1}"),
                new SseReader.Frame(null, null, "line one\nline two"),
                new SseReader.Frame(null, "EventsLost", "{}"));
        assertThat(lines).as("heartbeats count as activity").hasValueGreaterThan(10);
    }
}
