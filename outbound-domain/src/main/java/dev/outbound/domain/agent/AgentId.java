package dev.outbound.domain.agent;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;

/** Identifies the agent on whose behalf a request acts (the employee id or login the desktop runs under). */
public record AgentId(String value) {
    public AgentId {
        Require.nonBlank(value, "agent id");
        if (value.length() > 128 || !value.strip().equals(value)) {
            throw new OutboundException(ErrorCode.INVALID_VALUE,
                    "agent id must be at most 128 characters without leading or trailing spaces");
        }
    }

    public static AgentId of(String value) {
        return new AgentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
