package dev.outbound.adapter.http.backend.client;

import dev.outbound.port.spi.Settings;
import java.net.URI;
import java.time.Duration;

/**
 * The checked settings of the http backend (see {@link HttpBackendProvider} for keys and defaults).
 *
 * @param server             the server's base URL, without a trailing slash
 * @param secret             the shared secret
 * @param connectTimeout     how long opening a connection may take
 * @param requestTimeout     how long one attempt of a request may take, answer included
 * @param retries            how many times a failed attempt is repeated
 * @param retryBackoff       the pause before the first repeat; it doubles with every further one
 * @param eventsIdleTimeout  how long the event stream may stay silent before it is reopened
 */
record ClientOptions(URI server, String secret, Duration connectTimeout, Duration requestTimeout, int retries,
                     Duration retryBackoff, Duration eventsIdleTimeout) {
    /** The longest pause between two attempts. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    /**
     * How long the official WWE client waits for an answer before it gives up with "Request timeout": a call
     * whose failure budget is longer reaches an embedded desktop as that timeout, never as BACKEND_UNAVAILABLE.
     */
    static final Duration WWE_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    static ClientOptions from(Settings settings) {
        return new ClientOptions(serverUri(settings.text("url")), settings.text("secret"),
                settings.millis("connect-timeout-ms"), settings.millis("request-timeout-ms"),
                (int) settings.integer("retries"), settings.millis("retry-backoff-ms"),
                settings.millis("events-idle-timeout-ms"));
    }

    /** The URL of a path (which starts with {@code /}) on the server. */
    URI resolve(String pathAndQuery) {
        return URI.create(server + pathAndQuery);
    }

    /** The pause before attempt {@code attempt} (1 for the first repeat). */
    Duration backoff(int attempt) {
        long millis = retryBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    /**
     * The longest a call can take before it fails with BACKEND_UNAVAILABLE: every attempt's request timeout
     * (which includes connecting) and every pause between attempts.
     */
    Duration failureBudget() {
        Duration budget = requestTimeout.multipliedBy(retries + 1L);
        for (int attempt = 1; attempt <= retries; attempt++) {
            budget = budget.plus(backoff(attempt));
        }
        return budget;
    }

    /** The base URL written as the url setting expects; checked when settings are resolved. */
    static URI serverUri(String url) {
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri = URI.create(trimmed);
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("expected an http:// or https:// URL with a host and no query, "
                    + "such as http://127.0.0.1:8081");
        }
        return uri;
    }
}
