package dev.outbound.port.in;

/**
 * {@code outbound.setDoNotCall} and {@code outbound.removeDoNotCall}: mark the customer Do Not Call, or remove a
 * pending mark, on an active or completed call. Submitted at mark done.
 */
public interface DoNotCallUseCase {
    void setDoNotCall(InteractionRef interaction);

    void removeDoNotCall(InteractionRef interaction);
}
