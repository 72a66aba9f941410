package dev.outbound.adapter.http.backend.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The secret clients must send as {@code Authorization: Bearer <secret>}. Compared in constant time, so that
 * the time an answer takes says nothing about how much of a guess was right.
 */
final class SharedSecret {
    private final byte[] secret;

    SharedSecret(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Checks an Authorization header; fails with 401 when it is missing, malformed or wrong. */
    void check(String authorization) {
        if (authorization == null) {
            throw ProtocolFailure.unauthorized("the backend protocol needs the shared secret: "
                    + "Authorization: Bearer <secret>");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ProtocolFailure.unauthorized("the Authorization header must be \"Bearer <secret>\"");
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, secret)) {
            throw ProtocolFailure.unauthorized("the bearer token is not this server's shared secret");
        }
    }
}
