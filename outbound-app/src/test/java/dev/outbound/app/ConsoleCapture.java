package dev.outbound.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A {@link Console} whose output tests read back. */
final class ConsoleCapture {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    final Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true));

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
