package dev.outbound.app;

import java.io.PrintWriter;

/**
 * Where a command writes: its answer to {@code out}, problems to {@code err}. {@link Main} connects them to the
 * process's standard streams; tests read them back. The log goes to standard error through SLF4J.
 */
record Console(PrintWriter out, PrintWriter err) {
}
