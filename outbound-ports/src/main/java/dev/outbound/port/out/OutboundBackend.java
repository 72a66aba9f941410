package dev.outbound.port.out;

/**
 * Everything the application needs from a campaign backend (an Outbound Contact Server, the in-memory simulator,
 * or a remote server over HTTP): one object per backend, created by a
 * {@link dev.outbound.port.spi.BackendProvider}.
 */
public interface OutboundBackend extends CampaignStatusPort, RecordRetrievalPort, RecordDispositionPort,
        PreviewDialingModePort, CallControlPort, AutoCloseable {

    /** Registers a listener for what the backend pushes; closing the returned handle unregisters it. */
    Registration subscribe(BackendListener listener);

    /** Releases the backend's threads and connections. Records held by agents stay as they are. */
    @Override
    void close();

    /** A handle to undo a registration. */
    @FunctionalInterface
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
