package dev.outbound.adapter.http.service;

import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT2;
import static dev.outbound.adapter.http.service.ServiceFixture.SEED_CAMPAIGN;
import static dev.outbound.adapter.http.service.ServiceFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.service.ServiceFixture.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Thousands of random and mutated envelopes, from a fixed seed so that a failure can be replayed: random bytes,
 * truncated JSON, JSON that is no object, envelopes with request names from the catalog and outside it and random
 * parameter arrays (wrong types, nulls, huge numbers, nested objects), and valid envelopes with a few mutations.
 * Whatever arrives:
 * <ul>
 *   <li>the answer is never a 5xx;</li>
 *   <li>every failure is a JSON envelope with errorCode and errorMessage;</li>
 *   <li>a refused request changes nothing: the interactions each agent holds from the start (a preview, an answered
 *       call, a completed call with pending changes) read the same before and after (id, state, call result, Do Not
 *       Call, reschedule, record with its pending edits).</li>
 * </ul>
 * A request that happens to be valid may change things; the next comparison starts from what it left, and agent 1
 * is given new interactions when too few of the original ones are left.
 */
class RandomEnvelopesOverHttpTest {
    static final long SEED = 20_261_125L;
    static final int ENVELOPES = 3_000;

    static final List<String> CATALOG = List.copyOf(InteractionRequests.TEMPLATES.keySet().stream().toList());
    static final List<String> OTHER_CATALOG = List.of("outbound.getCampaigns", "outbound.getPreviewRecord",
            "outbound.startDirectPushPreview", "outbound.stopDirectPushPreview", "outbound.getListOfCallResults",
            "interaction.getInteractions", "agent.get", "system.getAllowedServices");
    static final List<String> NOT_IN_CATALOG = List.of("outbound.getcampaigns", "Outbound.getCampaigns",
            "outbound.", "outbound", "interaction.markDone", "voice.hangup", "voice.dial", "agent.set",
            "system.getAllowedServices2", "", " ", "__proto__", "constructor", "outbound.getPreviewRecord ",
            "\u00e9v\u00e9nement", "outbound.\u0000", "a".repeat(300));
    static final List<String> FIELDS = List.of("GSW_FROM", "GSW_UNTIL", "GSW_PHONE", "GSW_PHONE_TYPE",
            "GSW_CUSTOM_STRING", "Custom_Character", "Custom_Datetime", "Custom_Float", "Custom_Integer",
            "Custom_String_with_default", "Custom_VarChar", "Plan", "Balance", "Notes", "Customer_Name",
            "GSW_RECORD_HANDLE", "NoSuchField", "");
    static final List<String> TEXTS = List.of("", " ", "PERSONAL", "CAMPAIGN", "personal", "33", "6", "-1", "3.5",
            "abc", "05/27/2040 10:55", "05/27/2021 10:55", "02/30/2031 10:00", "03/14/2032 02:30", "1/1/31 9:5",
            "10:15", "10.15", "25:00", "+33647005", "+15550100", "call me", SEED_CAMPAIGN, "Preview Sales",
            "Direct Push Renewals", "Customer Survey", "basic", "gold", "true", "null", "\u0000", "\ud83d\ude00",
            "x".repeat(101), "y".repeat(1000));
    static final List<String> NUMBERS = List.of("0", "-0", "-1", "1", "6", "28", "33", "52", "99", "283", "284",
            "285", "286", "287", "288", "999999", "1.5", "16.64", "1e3", "1e400", "-1e400", "1e-400",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648",
            "123456789012345678901234567890", "0.1e1", "1.0000000000000001");

    /** Reads the parameter templates, which are plain JSON. */
    static final tools.jackson.databind.json.JsonMapper TEMPLATES = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    ServiceFixture service;
    SplittableRandom random;
    /** Agent 1's interactions that a refused request must leave alone. */
    final Set<String> watched1 = new LinkedHashSet<>();
    final Set<String> watched2 = new LinkedHashSet<>();
    /** Ids to put in parameters: the watched ones, agent 2's, finished ones, unknown ones. */
    final List<String> idPool = new ArrayList<>();
    final Map<String, List<String>> problems = new TreeMap<>();
    /** How often each errorCode was answered, to show how much of the service the run reached. */
    final Map<String, Integer> errorCodes = new TreeMap<>();

    @BeforeEach
    void start() {
        service = new ServiceFixture();
        random = new SplittableRandom(SEED);
        watched1.add(id(service.pullSeedHandle(AGENT1, 283)));
        watched1.add(service.answeredSeedCall(AGENT1, 285));
        String completed = service.completedSeedCall(AGENT1, 286);
        service.request(AGENT1, "outbound.setCallResult", completed, "6");
        service.request(AGENT1, "outbound.rescheduleRecord", completed, 287, "05/27/2040 10:55", "PERSONAL");
        service.request(AGENT1, "outbound.updateRecordFields", completed, Map.of("Custom_VarChar", "pending"));
        watched1.add(completed);
        watched2.add(id(service.pullSeedHandle(AGENT2, 288)));
        String finished = id(service.pull(AGENT1, "Preview Sales"));
        service.request(AGENT1, "outbound.rejectPreviewRecord", finished);
        idPool.addAll(watched1);
        idPool.addAll(watched2);
        idPool.addAll(List.of(finished, "999999", "0", "-1", "1 ", "x"));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void thousandsOfRandomAndMutatedEnvelopesGetNo5xxOnlyEnvelopesAndRefusalsChangeNothing() {
        long started = System.nanoTime();
        Map<String, JsonNode> before = watchedState();
        int refused = 0;
        for (int n = 0; n < ENVELOPES; n++) {
            Attempt attempt = nextAttempt();
            Reply reply;
            try {
                reply = service.send(attempt.request(service));
            } catch (RuntimeException notJson) {
                problem("no JSON reply", n, attempt, notJson.toString());
                continue;
            }
            if (reply.status() >= 500) {
                problem("a 5xx", n, attempt, reply.status() + " " + reply.body());
            }
            if (reply.status() != 200) {
                refused++;
                errorCodes.merge(String.valueOf(reply.errorCode()), 1, Integer::sum);
                if (!isFailureEnvelope(reply.body())) {
                    problem("a failure that is no envelope", n, attempt, reply.status() + " " + reply.body());
                }
                Map<String, JsonNode> after = watchedState();
                if (!after.equals(before)) {
                    problem("a refused request changed something", n, attempt, reply.body() + "\n  before: "
                            + before + "\n  after:  " + after);
                }
                before = after;
            } else {
                before = afterSuccess();
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        StringBuilder report = new StringBuilder("seed " + SEED + ", " + ENVELOPES + " envelopes, " + refused
                + " refused, in " + took.toMillis() + " ms; errorCodes " + errorCodes);
        problems.forEach((kind, samples) -> report.append("\n").append(kind).append(": ").append(samples.size())
                .append(" times, for example:\n    ").append(String.join("\n    ", samples.subList(0,
                        Math.min(3, samples.size())))));
        assertThat(problems).as(report.toString()).isEmpty();
        assertThat(refused).as("most random envelopes are refused").isGreaterThan(ENVELOPES / 2);
        assertThat(errorCodes.keySet()).as("the run reached many rules: %s", errorCodes).hasSizeGreaterThan(15);
    }

    // ------------------------------------------------------------------------------------------ watching

    /** The watched interactions of both agents as getInteractions shows them (without the moving clock). */
    private Map<String, JsonNode> watchedState() {
        Map<String, JsonNode> state = new TreeMap<>();
        collect(AGENT1, watched1, state);
        collect(AGENT2, watched2, state);
        return state;
    }

    private void collect(String token, Set<String> watched, Map<String, JsonNode> state) {
        for (JsonNode interaction : service.interactions(token)) {
            if (watched.contains(id(interaction))) {
                ObjectNode copy = (ObjectNode) interaction.deepCopy();
                ((ObjectNode) copy.get("timeZone")).remove("customerTime");
                state.put(token.substring(token.length() - 6) + ":" + id(interaction), copy);
            }
        }
    }

    /** A request succeeded: forget the watched interactions it ended, watch new ones if too few are left. */
    private Map<String, JsonNode> afterSuccess() {
        Set<String> open1 = new LinkedHashSet<>(service.interactionIds(AGENT1));
        watched1.retainAll(open1);
        watched2.retainAll(service.interactionIds(AGENT2));
        while (watched1.size() < 2) {
            Reply pulled = service.request(AGENT1, "outbound.getPreviewRecord", "Preview Sales");
            assertThat(pulled.status()).as("a new interaction to watch: %s", pulled.body()).isEqualTo(200);
            watched1.add(id(pulled.data()));
            idPool.add(id(pulled.data()));
        }
        // A watched interaction never moves on its own: a preview that is dialed is replaced by a call with a new id,
        // and the simulated customers of the watched calls stay on the line until the agent hangs up.
        return watchedState();
    }

    private static boolean isFailureEnvelope(JsonNode body) {
        return body != null && body.isObject() && body.path("errorCode").isString()
                && body.path("errorMessage").isString() && !body.path("errorMessage").stringValue().isBlank()
                && !body.has("data") && "WWE Server".equals(body.path("userAgent").stringValue(null))
                && body.path("protocolVersion").asInt() == 2;
    }

    private void problem(String kind, int n, Attempt attempt, String detail) {
        String shown = attempt.describe();
        problems.computeIfAbsent(kind, k -> new ArrayList<>()).add("#" + n + " " + (shown.length() > 300
                ? shown.substring(0, 300) + "..." : shown) + " -> " + (detail.length() > 600
                ? detail.substring(0, 600) + "..." : detail));
    }

    // ------------------------------------------------------------------------------------------ generating

    /** One body to post, with the token to post it with. */
    record Attempt(String token, byte[] body) {
        HttpRequest request(ServiceFixture service) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.address() + "api/v2/service"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return request.build();
        }

        String describe() {
            return (token == null ? "no token" : token) + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    private Attempt nextAttempt() {
        int pick = random.nextInt(100);
        String token = pick < 2 ? null : pick < 4 ? "wrong-token-0000" : pick < 10 ? AGENT2 : AGENT1;
        int kind = random.nextInt(100);
        if (kind < 4) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            return new Attempt(token, bytes);
        }
        String text;
        if (kind < 10) {
            String valid = validEnvelope().write();
            text = valid.substring(0, random.nextInt(valid.length()));
        } else if (kind < 14) {
            text = random.nextBoolean() ? value(2) : "[" + validEnvelope().write() + "]";
        } else if (kind < 40) {
            text = envelope(randomEnvelope());
        } else if (kind < 96) {
            text = mutate(validEnvelope());
        } else {
            text = envelope(randomSubscription());
        }
        return new Attempt(token, text.getBytes(StandardCharsets.UTF_8));
    }

    /** An envelope before it is written: its keys' JSON texts, and its parameters' JSON texts. */
    record Draft(Map<String, String> entries, List<String> parameters) {
        String write() {
            Map<String, String> all = new LinkedHashMap<>(entries);
            if (parameters != null) {
                all.put("parameters", "[" + String.join(",", parameters) + "]");
            }
            return envelope(all);
        }
    }

    /** A valid envelope for a random request of the catalog, naming the pool's ids. */
    private Draft validEnvelope() {
        Map<String, String> envelope = new LinkedHashMap<>();
        int which = random.nextInt(10);
        boolean withId = which > 2;
        String request = which > 7 ? "outbound.updateRecordFields" : withId ? pick(CATALOG) : pick(OTHER_CATALOG);
        envelope.put("request", quote(request));
        List<String> parameters = new ArrayList<>();
        if (request.equals("outbound.updateRecordFields") && random.nextBoolean()) {
            parameters.add(quote(anId()));
            parameters.add(recordData());
        } else if (withId) {
            for (JsonNode item : TEMPLATES.readTree(InteractionRequests.parameters(request, anId()))) {
                parameters.add(item.toString());
            }
        } else if (request.equals("outbound.getPreviewRecord")) {
            parameters.add(quote(pick(List.of(SEED_CAMPAIGN, "Preview Sales", "Customer Survey"))));
        }
        envelope.put("referenceId", quote(Integer.toString(random.nextInt(100_000))));
        envelope.put("userAgent", quote("WWE Client"));
        envelope.put("protocolVersion", "2");
        return new Draft(envelope, parameters);
    }

    /** A request name from the catalog or not, with a random parameter array (or none, or no array). */
    private Map<String, String> randomEnvelope() {
        Map<String, String> envelope = new LinkedHashMap<>();
        List<String> names = random.nextInt(4) == 0 ? NOT_IN_CATALOG : random.nextBoolean() ? CATALOG
                : OTHER_CATALOG;
        String request = pick(names);
        envelope.put("request", quote(request));
        int shape = random.nextInt(10);
        if (shape == 0) {
            envelope.put("parameters", value(2));
        } else if (shape > 1) {
            List<String> parameters = new ArrayList<>();
            int count = random.nextInt(3) > 0 ? parameterCount(request) : random.nextInt(6);
            for (int i = 0; i < count; i++) {
                parameters.add(i == 0 && random.nextBoolean() ? quote(pick(idPool)) : value(3));
            }
            envelope.put("parameters", "[" + String.join(",", parameters) + "]");
        }
        if (random.nextBoolean()) {
            envelope.put("referenceId", random.nextInt(4) == 0 ? value(1) : quote("r" + random.nextInt(1000)));
        }
        return envelope;
    }

    /** How many parameters the request takes (the reject and cancel requests take one or none). */
    private static int parameterCount(String request) {
        if (InteractionRequests.TEMPLATES.containsKey(request)) {
            return TEMPLATES.readTree(InteractionRequests.TEMPLATES.get(request).replace("$ID", "1")).size();
        }
        return request.equals("outbound.getPreviewRecord") ? 1 : 0;
    }

    private Map<String, String> randomSubscription() {
        Map<String, String> envelope = new LinkedHashMap<>();
        envelope.put("event", quote(pick(List.of("subscribe", "unsubscribe", "Subscribe", "publish"))));
        envelope.put("data", random.nextBoolean() ? quote(pick(List.of("outbound", "interaction", "calls", "1",
                "999"))) : value(2));
        return envelope;
    }

    /** One to three mutations of a valid envelope, on its keys and parameters or on its text. */
    private String mutate(Draft draft) {
        Map<String, String> envelope = draft.entries();
        List<String> parameters = draft.parameters();
        boolean parametersKept = true;
        int mutations = random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 8 ? 2 : 3;
        boolean textLevel = false;
        for (int m = 0; m < mutations; m++) {
            int pick = random.nextInt(100);
            if (pick < 30 && !parameters.isEmpty()) {
                parameters.set(random.nextInt(parameters.size()), value(3)); // a value of another type or shape
            } else if (pick < 40 && !parameters.isEmpty()) {
                parameters.set(0, quote(pick(idPool))); // another agent's, a finished or an unknown id
            } else if (pick < 50) {
                parameters.add(random.nextInt(parameters.size() + 1), random.nextBoolean() ? recordData()
                        : value(2));
            } else if (pick < 55 && parameters.size() > 1) {
                parameters.set(parameters.size() - 1, recordData());
            } else if (pick < 62 && !parameters.isEmpty()) {
                parameters.remove(random.nextInt(parameters.size()));
            } else if (pick < 67 && parameters.size() > 1) {
                int i = random.nextInt(parameters.size());
                int j = random.nextInt(parameters.size());
                String swapped = parameters.get(i);
                parameters.set(i, parameters.get(j));
                parameters.set(j, swapped);
            } else if (pick < 72) {
                envelope.put("request", quote(flipCase(unquote(envelope.get("request")))));
            } else if (pick < 74) {
                envelope.put("request", value(1));
            } else if (pick < 77) {
                String key = pick(List.of("request", "parameters", "referenceId"));
                envelope.remove(key);
                parametersKept &= !key.equals("parameters");
            } else if (pick < 79) {
                envelope.put("parameters", value(1));
                parametersKept = false;
            } else if (pick < 85) {
                envelope.put(pick(List.of("data", "frameId", "extra", "Request", "PARAMETERS")), value(2));
            } else if (pick < 87) {
                envelope.put("event", quote(pick(List.of("subscribe", "unsubscribe"))));
            } else if (pick < 90) {
                envelope.put("referenceId", value(1));
            } else {
                textLevel = true;
            }
        }
        String text = parametersKept ? new Draft(envelope, parameters).write() : envelope(envelope);
        if (textLevel) {
            StringBuilder chars = new StringBuilder(text);
            int at = random.nextInt(chars.length());
            switch (random.nextInt(4)) {
                case 0 -> chars.deleteCharAt(at);
                case 1 -> chars.insert(at, pick(List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "0", " ")));
                case 2 -> chars.insert(1, "\"request\":\"agent.get\",");
                default -> chars.setLength(at);
            }
            text = chars.toString();
        }
        return text;
    }

    /** Mostly an id agent 1 holds, else one of the pool (agent 2's, finished, unknown, malformed). */
    private String anId() {
        return random.nextInt(10) < 6 ? pick(List.copyOf(watched1)) : pick(idPool);
    }

    /** A recordData object of random field names and values, numbers at the edges and texts of the domain. */
    private String recordData() {
        List<String> entries = new ArrayList<>();
        for (int i = random.nextInt(4); i >= 0; i--) {
            int pick = random.nextInt(10);
            String value = pick < 4 ? pick(NUMBERS) : pick < 8 ? quote(pick(TEXTS)) : value(1);
            entries.add(quote(pick(FIELDS)) + ":" + value);
        }
        return "{" + String.join(",", entries) + "}";
    }

    /** A random JSON value as text: literals, numbers at the edges, strings of the domain, arrays, objects. */
    private String value(int depth) {
        int pick = random.nextInt(depth > 0 ? 10 : 8);
        return switch (pick) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2, 3 -> pick(NUMBERS);
            case 4 -> Long.toString(random.nextLong());
            case 5, 6 -> quote(pick(TEXTS));
            case 7 -> quote(randomText());
            case 8 -> {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(value(depth - 1));
                }
                yield "[" + String.join(",", items) + "]";
            }
            default -> random.nextBoolean() ? recordData() : "{" + quote(pick(FIELDS)) + ":" + value(depth - 1) + "}";
        };
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(20); i > 0; i--) {
            text.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x20, 0x3000) : random.nextInt(0x20, 0x7f));
        }
        return text.toString();
    }

    private String flipCase(String text) {
        if (text.isEmpty()) {
            return "X";
        }
        char[] chars = text.toCharArray();
        int at = random.nextInt(chars.length);
        chars[at] = Character.isUpperCase(chars[at]) ? Character.toLowerCase(chars[at])
                : Character.toUpperCase(chars[at]);
        return new String(chars);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String envelope(Map<String, String> entries) {
        List<String> pairs = new ArrayList<>();
        entries.forEach((key, value) -> pairs.add(quote(key) + ":" + value));
        return "{" + String.join(",", pairs) + "}";
    }

    private static String quote(String text) {
        return Json.MAPPER.writeValueAsString(text);
    }

    private static String unquote(String json) {
        if (json == null) {
            return "";
        }
        JsonNode node = Json.MAPPER.readTree(json);
        return node.isString() ? node.stringValue() : json;
    }
}
