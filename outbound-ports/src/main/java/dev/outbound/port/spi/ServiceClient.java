package dev.outbound.port.spi;

/**
 * A connection to one running Outbound service, shared by the agents signed in through it. Closing it releases
 * its connections; the desktops it handed out are unusable afterwards.
 */
public interface ServiceClient extends AutoCloseable {
    /**
     * Signs an agent in with its bearer token and checks the token with the service at once.
     *
     * @throws ServiceClientException when the service cannot be reached or refuses the token
     */
    AgentDesktop signIn(String bearerToken);

    @Override
    void close();
}
