package dev.outbound.archfixtures.everyclassinalayer.adapter.http.server;

/**
 * ALLOWED (control): a class in a layer.
 */
public final class Server {
}
