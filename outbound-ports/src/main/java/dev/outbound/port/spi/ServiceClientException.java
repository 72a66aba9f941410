package dev.outbound.port.spi;

/**
 * A {@link ServiceClient} could not get an answer it understands: the service is down, too slow, answered what is
 * not its protocol, or refused the client itself (a wrong token, an unknown request). Unlike a refusal of a
 * request ({@link dev.outbound.domain.OutboundException}) it says nothing about the agent's work: the message names
 * the service and what happened.
 */
public class ServiceClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServiceClientException(String message) {
        super(message);
    }

    public ServiceClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
