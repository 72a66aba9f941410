package dev.outbound.archfixtures.domainjdkonly.domain.record;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * VIOLATION: a domain class that logs through SLF4J, a library outside the JDK.
 */
public final class LoggingRecord {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingRecord.class);

    public void retire() {
        LOG.info("retired");
    }
}
