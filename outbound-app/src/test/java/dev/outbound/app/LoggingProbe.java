package dev.outbound.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run in a child JVM by {@link LoggingConfigurationTest}: prints, for each logger name given, the most detailed
 * level it logs, and logs one INFO line of its own.
 */
public final class LoggingProbe {
    private LoggingProbe() {}

    public static void main(String[] loggerNames) {
        for (String name : loggerNames) {
            Logger logger = LoggerFactory.getLogger(name);
            String level = logger.isTraceEnabled() ? "TRACE" : logger.isDebugEnabled() ? "DEBUG"
                    : logger.isInfoEnabled() ? "INFO" : logger.isWarnEnabled() ? "WARN" : "ERROR";
            System.out.println(name + "=" + level);
        }
        LoggerFactory.getLogger(LoggingProbe.class).info("probe done");
    }
}
