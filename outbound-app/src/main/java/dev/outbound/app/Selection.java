package dev.outbound.app;

/** What start-up will create: the backend and the endpoints, each provider with its checked settings. */
record Selection(SelectedBackend backend, SelectedEndpoints endpoints) {
}
