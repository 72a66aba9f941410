package dev.outbound.adapter.http.backend.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.backend.DesktopRequest;
import dev.outbound.adapter.http.backend.ErrorNumbers;
import dev.outbound.domain.ErrorCode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The error table of docs/backend-protocol.md is what the server sends: every number {@link ErrorNumbers} can
 * produce has a row, with the code and status the server answers it with, and the table has no row the code
 * does not produce.
 */
class ErrorTableDocumentationTest {
    /** One documented number: the code name(s) and the status(es) of its row. */
    private record Row(String code, Set<Integer> statuses) {}

    private static Map<Integer, Row> table;

    @BeforeAll
    static void readTheTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "backend-protocol.md"));
        int start = lines.indexOf("### Error numbers");
        assertThat(start).as("the section \"### Error numbers\"").isNotNegative();
        table = new TreeMap<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            if (!cells[1].matches("[0-9]+(-[0-9]+)?")) {
                continue;
            }
            String[] range = cells[1].split("-");
            int first = Integer.parseInt(range[0]);
            int last = Integer.parseInt(range[range.length - 1]);
            List<String> codes = Arrays.stream(cells[2].replace("`", "").split(",")).map(String::strip).toList();
            Set<Integer> statuses = Arrays.stream(cells[3].split("/")).map(String::strip).map(Integer::valueOf)
                    .collect(Collectors.toSet());
            assertThat(codes.size() == 1 || codes.size() == last - first + 1).as("row %s names one code per number",
                    cells[1]).isTrue();
            for (int number = first; number <= last; number++) {
                String code = codes.size() == 1 ? codes.get(0) : codes.get(number - first);
                assertThat(table.put(number, new Row(code, statuses))).as("number %d is in one row", number).isNull();
            }
        }
    }

    /** One failure of each kind the protocol layer raises, by its number. */
    private static Map<Integer, Reply> protocolFailures() {
        List<Reply> replies = List.of(
                Reply.failure(ProtocolFailure.malformed("x")),
                Reply.failure(ProtocolFailure.unknownResource("/x")),
                Reply.failure(ProtocolFailure.methodNotAllowed("x", "GET", "POST")),
                Reply.failure(ProtocolFailure.bodyTooLarge(1_024)),
                Reply.failure(ProtocolFailure.unauthorized("x")),
                Reply.failure(ProtocolFailure.referenceIdReused("x")),
                Reply.internalError(),
                Reply.failure(ProtocolFailure.stillProcessing("x")),
                Reply.failure(ProtocolFailure.unknownRequest(DesktopRequest.Resource.RECORD, "x")));
        Map<Integer, Reply> byNumber = new TreeMap<>();
        replies.forEach(reply -> byNumber.put(reply.body().get("GSW_ERROR_NUMBER").intValue(), reply));
        return byNumber;
    }

    private static Set<Integer> protocolNumbers() throws IllegalAccessException {
        Set<Integer> numbers = new TreeSet<>();
        for (Field field : ErrorNumbers.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                numbers.add(field.getInt(null));
            }
        }
        return numbers;
    }

    @Test
    void everyErrorCodesNumberIsDocumentedWithItsCodeAndStatus() {
        List<String> wrong = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            int number = ErrorNumbers.of(code);
            Row row = table.get(number);
            if (row == null || !row.code().equals(code.name()) || !row.statuses().contains(Reply.status(code.kind()))) {
                wrong.add(number + " " + code + " " + Reply.status(code.kind()) + " (documented: " + row + ")");
            }
        }
        assertThat(wrong).as("numbers of ErrorNumbers.of missing from the table or documented wrongly").isEmpty();
    }

    @Test
    void everyProtocolNumberIsDocumentedWithTheCodeAndStatusTheServerSends() throws IllegalAccessException {
        Map<Integer, Reply> failures = protocolFailures();
        assertThat(failures.keySet()).as("every constant of ErrorNumbers is raised by some failure")
                .containsExactlyInAnyOrderElementsOf(protocolNumbers());

        failures.forEach((number, reply) -> {
            Row row = table.get(number);
            assertThat(row).as("number %d is in the table", number).isNotNull();
            assertThat(row.code()).as("the code of %d", number).isEqualTo(reply.body().get("GSW_ERROR_CODE")
                    .stringValue());
            assertThat(row.statuses()).as("the status of %d", number).containsExactly(reply.status());
        });
    }

    @Test
    void theTableHasNoNumberTheServerCannotSend() throws IllegalAccessException {
        Set<Integer> sent = new TreeSet<>(protocolNumbers());
        Arrays.stream(ErrorCode.values()).map(ErrorNumbers::of).forEach(sent::add);

        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(sent);
    }
}
