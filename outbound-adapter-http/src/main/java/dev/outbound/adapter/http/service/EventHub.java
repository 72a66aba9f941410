package dev.outbound.adapter.http.service;

import dev.outbound.adapter.http.json.StrictJson;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.port.in.AgentEvent;
import dev.outbound.port.in.AgentEventsUseCase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agents' subscriptions and event streams. An agent subscribes to topics ({@code outbound}, {@code interaction})
 * with envelopes, and reads its events on {@code GET /api/v2/events}; each event is numbered, and the last
 * {@value #REPLAY} are kept so that a client reconnecting with {@code Last-Event-ID} misses nothing.
 */
final class EventHub {
    static final Set<String> TOPICS = Set.of("outbound", "interaction");
    static final int REPLAY = 256;

    private final AgentEventsUseCase events;
    private final JsonViews views;
    private final int maxStreams;
    private final AtomicLong subscriptionIds = new AtomicLong();
    private final Map<AgentId, AgentChannel> channels = new ConcurrentHashMap<>();

    EventHub(AgentEventsUseCase events, JsonViews views, int maxStreams) {
        this.events = events;
        this.views = views;
        this.maxStreams = maxStreams;
    }

    /** Subscribes the agent to topics; answers the subscription id. */
    String subscribe(AgentId agent, List<String> topics) {
        for (String topic : topics) {
            if (!TOPICS.contains(topic)) {
                throw new RequestFailure("UNKNOWN_TOPIC", 400, "cannot subscribe to "
                        + StrictJson.quote(topic) + "; this server publishes the topics outbound and interaction");
            }
        }
        String id = Long.toString(subscriptionIds.incrementAndGet());
        channel(agent).subscribe(id, topics);
        return id;
    }

    /** Ends one of the agent's subscriptions. */
    void unsubscribe(AgentId agent, String subscriptionId) {
        if (!channel(agent).unsubscribe(subscriptionId)) {
            throw new RequestFailure("UNKNOWN_SUBSCRIPTION", 404, "agent " + agent + " has no subscription "
                    + StrictJson.quote(subscriptionId));
        }
    }

    /** Opens a stream for the agent, replaying what came after {@code lastEventId} (-1 for nothing). */
    void open(AgentId agent, SseStream.Factory streams, long lastEventId) {
        channel(agent).open(streams, lastEventId);
    }

    /** Sends a comment to every stream, so that dead connections are noticed and proxies keep them open. */
    void heartbeat() {
        channels.values().forEach(AgentChannel::heartbeat);
    }

    /** Closes every stream. */
    void closeAll() {
        channels.values().forEach(AgentChannel::closeAll);
    }

    private AgentChannel channel(AgentId agent) {
        return channels.computeIfAbsent(agent, a -> {
            AgentChannel channel = new AgentChannel(a);
            events.subscribe(a, channel::publish);
            return channel;
        });
    }

    /** One agent's subscriptions, streams and recent events. */
    private final class AgentChannel {
        private final AgentId agent;
        private final Map<String, List<String>> subscriptions = new HashMap<>();
        private final List<SseStream> streams = new ArrayList<>();
        private final ArrayDeque<String[]> recent = new ArrayDeque<>();
        private long lastId;

        AgentChannel(AgentId agent) {
            this.agent = agent;
        }

        synchronized void subscribe(String id, List<String> topics) {
            subscriptions.put(id, List.copyOf(topics));
        }

        synchronized boolean unsubscribe(String id) {
            return subscriptions.remove(id) != null;
        }

        void open(SseStream.Factory factory, long lastEventId) {
            synchronized (this) {
                if (streams.size() >= maxStreams) {
                    throw RequestFailure.tooManyStreams(maxStreams);
                }
                SseStream[] holder = new SseStream[1];
                SseStream stream = factory.create(() -> {
                    synchronized (AgentChannel.this) {
                        streams.remove(holder[0]);
                    }
                });
                holder[0] = stream;
                streams.add(stream);
                stream.send(": events of agent " + agent + "\n\n");
                for (String[] event : recent) {
                    if (Long.parseLong(event[0]) > lastEventId && lastEventId >= 0) {
                        stream.send(event[1]);
                    }
                }
            }
        }

        void publish(AgentEvent event) {
            String topic = event instanceof AgentEvent.CampaignChanged ? "outbound" : "interaction";
            List<SseStream> targets;
            String frame;
            synchronized (this) {
                if (subscriptions.values().stream().noneMatch(topics -> topics.contains(topic))) {
                    return;
                }
                long id = ++lastId;
                frame = "id: " + id + "\nevent: " + topic + "\ndata: " + envelope(topic, event) + "\n\n";
                recent.addLast(new String[] {Long.toString(id), frame});
                if (recent.size() > REPLAY) {
                    recent.pollFirst();
                }
                targets = List.copyOf(streams);
            }
            targets.forEach(stream -> stream.send(frame));
        }

        void heartbeat() {
            List<SseStream> targets;
            synchronized (this) {
                targets = List.copyOf(streams);
            }
            targets.forEach(stream -> stream.send(": ping\n\n"));
        }

        void closeAll() {
            List<SseStream> targets;
            synchronized (this) {
                targets = List.copyOf(streams);
            }
            targets.forEach(stream -> stream.close(null));
        }

        private String envelope(String topic, AgentEvent event) {
            ObjectNode data;
            if (event instanceof AgentEvent.CampaignChanged campaign) {
                data = views.campaignEvent(campaign.event());
            } else {
                AgentEvent.InteractionChanged change = (AgentEvent.InteractionChanged) event;
                data = Json.object().put("eventType", change.change().name().toLowerCase(Locale.ROOT));
                data.set("interaction", views.interaction(change.interaction()));
            }
            ObjectNode envelope = Json.object().put("event", topic);
            envelope.set("data", data);
            envelope.put("userAgent", "WWE Server").put("protocolVersion", 2);
            return envelope.toString();
        }
    }
}
