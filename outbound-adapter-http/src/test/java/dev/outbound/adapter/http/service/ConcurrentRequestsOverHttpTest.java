package dev.outbound.adapter.http.service;

import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT2;
import static dev.outbound.adapter.http.service.ServiceFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.service.ServiceFixture.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Many requests at once: eight threads, four per agent, each working records of "Preview Sales" and the seed
 * campaign through whole cycles (pull, read, edit, reject or cancel, or call, hang up, set a result and mark done)
 * with bad requests mixed in. Every reply is an envelope, none is a 5xx, every step of a cycle succeeds, and no
 * record or chain is ever delivered to two holders at once.
 *
 * <p>A chain counts as held from the moment its pull is answered until just before the request that lets it go is
 * sent, so a second delivery while it is counted can only be a double delivery.
 */
class ConcurrentRequestsOverHttpTest {
    static final int THREADS = 8;
    static final int CYCLES = 50;

    ServiceFixture service;
    final Map<String, String> heldChains = new ConcurrentHashMap<>();
    final Map<Long, String> heldHandles = new ConcurrentHashMap<>();
    final Queue<String> problems = new ConcurrentLinkedQueue<>();
    final AtomicInteger replies = new AtomicInteger();
    final AtomicInteger deliveries = new AtomicInteger();

    @BeforeEach
    void start() {
        service = new ServiceFixture();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void eightThreadsOfTwoAgentsGetEnvelopesOnlyNo5xxAndNeverTheSameRecord() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String token = t % 2 == 0 ? AGENT1 : AGENT2;
            String worker = (t % 2 == 0 ? "agent1" : "agent2") + "#" + t;
            long seed = 1_000 + t;
            running.add(threads.submit(() -> {
                go.await();
                work(token, worker, new SplittableRandom(seed));
                return null;
            }));
        }
        go.countDown();
        for (Future<?> thread : running) {
            thread.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(problems).as("problems seen in %d replies", replies.get()).isEmpty();
        assertThat(deliveries.get()).as("records delivered").isGreaterThan(THREADS * CYCLES / 2);
        assertThat(service.interactions(AGENT1)).as("every cycle let its record go").isEmpty();
        assertThat(service.interactions(AGENT2)).as("every cycle let its record go").isEmpty();
    }

    private void work(String token, String worker, SplittableRandom random) {
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            String campaign = random.nextInt(5) == 0 ? ServiceFixture.SEED_CAMPAIGN : "Preview Sales";
            Reply pulled = send(token, "outbound.getPreviewRecord", ServiceFixture.params(campaign));
            if (pulled.status() != 200) {
                expect(pulled, "NO_RECORDS_AVAILABLE", worker + " pull");
                continue;
            }
            deliveries.incrementAndGet();
            JsonNode preview = pulled.data();
            String chain = campaign + "/" + preview.get("chainId").longValue();
            long handle = preview.get("recordHandle").longValue();
            String previous = heldChains.putIfAbsent(chain, worker);
            String previousHandle = heldHandles.putIfAbsent(handle, worker);
            if (previous != null || previousHandle != null) {
                problems.add("chain " + chain + " (record " + handle + ") delivered to " + worker + " while "
                        + (previous != null ? previous : previousHandle) + " holds it");
            }
            mixInABadRequest(token, random);
            switch (random.nextInt(4)) {
                case 0 -> letGo(token, worker, chain, handle, "outbound.rejectPreviewRecord", id(preview));
                case 1 -> letGo(token, worker, chain, handle, "outbound.cancelPreviewRecord", id(preview));
                case 2 -> {
                    ok(send(token, "outbound.getChainedRecords", ServiceFixture.params(id(preview))), worker);
                    ok(send(token, "outbound.getRecordFields", ServiceFixture.params(id(preview))), worker);
                    ok(send(token, "outbound.updateRecordFields", ServiceFixture.params(id(preview),
                            Map.of("GSW_FROM", "08:00"))), worker);
                    letGo(token, worker, chain, handle, "outbound.rejectPreviewRecord", id(preview));
                }
                default -> callAndFinish(token, worker, chain, handle, preview, random);
            }
        }
    }

    /** Calls a number whose last digit decides the outcome, ends the call and marks it done. */
    private void callAndFinish(String token, String worker, String chain, long handle, JsonNode preview,
                               SplittableRandom random) {
        String phone = "+1555010" + random.nextInt(10);
        ok(send(token, "outbound.updateRecordFields", ServiceFixture.params(id(preview), Map.of("GSW_PHONE", phone))),
                worker);
        Reply dialed = send(token, "outbound.callPreviewRecord", ServiceFixture.params(id(preview), handle));
        if (!ok(dialed, worker)) {
            return;
        }
        String call = id(dialed.data());
        JsonNode state = service.awaitState(token, call, "ACTIVE", "COMPLETED");
        if (state.get("state").stringValue().equals("ACTIVE")) {
            ok(send(token, "voice.hangUp", ServiceFixture.params(call)), worker);
        }
        ok(send(token, "outbound.setCallResult", ServiceFixture.params(call, "33")), worker);
        letGo(token, worker, chain, handle, "interaction.markdone", call);
    }

    private void letGo(String token, String worker, String chain, long handle, String request, String id) {
        heldChains.remove(chain, worker);
        heldHandles.remove(handle, worker);
        ok(send(token, request, ServiceFixture.params(id)), worker);
    }

    private void mixInABadRequest(String token, SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0 -> expect(send(token, "interaction.markdone", "[\"no-such-id\"]"), "INTERACTION_NOT_FOUND",
                    "bad id");
            case 1 -> expect(send(token, "outbound.setCallResult", "[]"), "WRONG_PARAMETER_COUNT", "no parameters");
            case 2 -> expect(send(token, "outbound.nope", "[]"), "UNKNOWN_REQUEST", "unknown request");
            default -> expect(service.post(token, "{\"request\":"), "MALFORMED_JSON", "broken JSON");
        }
    }

    private Reply send(String token, String request, String parameters) {
        Reply reply = service.call(token, request, parameters);
        checkEnvelope(reply, request);
        return reply;
    }

    private void checkEnvelope(Reply reply, String what) {
        replies.incrementAndGet();
        JsonNode body = reply.body();
        if (reply.status() >= 500) {
            problems.add(what + ": status " + reply.status() + " " + body);
        }
        boolean marks = body.isObject() && body.path("userAgent").stringValue("").equals("WWE Server")
                && body.path("protocolVersion").intValue(0) == 2;
        boolean success = reply.status() == 200 && body.has("data") && !body.has("errorCode");
        boolean failure = reply.status() >= 400 && body.has("errorCode") && body.has("errorMessage")
                && !body.has("data");
        if (!marks || !(success || failure)) {
            problems.add(what + ": not an envelope: " + reply.status() + " " + body);
        }
    }

    private boolean ok(Reply reply, String worker) {
        if (reply.status() != 200) {
            problems.add(worker + ": a step of a cycle failed: " + reply.body());
            return false;
        }
        return true;
    }

    private void expect(Reply reply, String errorCode, String what) {
        checkEnvelope(reply, what);
        if (!errorCode.equals(reply.errorCode())) {
            problems.add(what + ": expected " + errorCode + ", got " + reply.status() + " " + reply.body());
        }
    }
}
