package dev.outbound.app;

import java.util.List;

/** The endpoints to start, in the order {@code outbound.endpoints} names them. */
record SelectedEndpoints(List<SelectedEndpoint> inOrder) {
    SelectedEndpoints {
        inOrder = List.copyOf(inOrder);
    }
}
