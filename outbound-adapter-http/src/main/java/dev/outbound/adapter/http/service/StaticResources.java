package dev.outbound.adapter.http.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web files served from the jar ({@code dev/outbound/adapter/http/web/}): the demo desktop, the JavaScript
 * client and the host page. Only plain names are looked up, so no path can leave that folder.
 */
final class StaticResources {
    private static final String ROOT = "/dev/outbound/adapter/http/web/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon");

    /** A file and its content type. */
    record Resource(byte[] bytes, String contentType) {}

    private final Map<String, Optional<Resource>> cache = new ConcurrentHashMap<>();

    /** The file for a request path such as {@code /desktop.js}; {@code /} is {@code index.html}. */
    Optional<Resource> find(String path) {
        String name = path.equals("/") ? "index.html" : path.substring(1);
        if (!name.matches("[a-z0-9][a-z0-9-]*\\.(html|js|css|svg|png|ico)")) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(name, StaticResources::load);
    }

    private static Optional<Resource> load(String name) {
        try (InputStream in = StaticResources.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                return Optional.empty();
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return Optional.of(new Resource(in.readAllBytes(), TYPES.get(extension)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web file " + name, e);
        }
    }
}
