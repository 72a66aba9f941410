package dev.outbound.adapter.http.service;

import dev.outbound.domain.agent.AgentId;
import tools.jackson.databind.JsonNode;

/** Answers one request name for an agent: checks the parameters, calls a use case, returns the reply's data. */
@FunctionalInterface
interface RequestHandler {
    /** The reply's {@code data} (a JSON null for requests that answer nothing). */
    JsonNode handle(AgentId agent, Parameters parameters);
}
