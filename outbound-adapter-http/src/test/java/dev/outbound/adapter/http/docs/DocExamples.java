package dev.outbound.adapter.http.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable examples of a Markdown page: its fenced {@code ```sh} blocks, in page order, each followed by the
 * {@code ```json} block that shows its reply; and the variable block ({@code S=...}, {@code A=...}) that every
 * example relies on.
 *
 * <p>Rules for the page: a {@code sh} block either only sets variables (the set-up, run before every example) or
 * holds exactly one {@code curl} command, and then the next fenced block is its reply in {@code json}. Blocks in
 * other languages ({@code text}, {@code js}, ...) are prose and never run.
 */
record DocExamples(List<String> setUp, List<Example> examples, List<Heading> headings) {

    /** One example: the line it starts on, the shell text, the reply the page shows, and the section it is in. */
    record Example(int line, String command, String expectedReply, String section) {}

    /** A level-3 heading and the line it is on. */
    record Heading(int line, String text) {}

    private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=.*$");

    /** Reads the page; fails with the line number when a block breaks the rules above. */
    static DocExamples read(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("### ")) {
                section = line.substring(4).strip();
                headings.add(new Heading(i + 1, section));
                continue;
            }
            Matcher fence = FENCE.matcher(line);
            if (!fence.matches()) {
                continue;
            }
            int start = i + 1;
            StringBuilder text = new StringBuilder();
            i++;
            while (i < lines.size() && !lines.get(i).startsWith("```")) {
                text.append(lines.get(i)).append('\n');
                i++;
            }
            if (i >= lines.size()) {
                throw new IllegalStateException(page + ":" + start + ": a fenced block is never closed");
            }
            blocks.add(new Block(start, fence.group(1), text.toString(), section));
        }

        List<String> setUp = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (!block.language().equals("sh")) {
                continue;
            }
            List<String> commands = block.text().lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            if (commands.stream().allMatch(l -> ASSIGNMENT.matcher(l).matches())) {
                setUp.addAll(commands);
                continue;
            }
            long curls = commands.stream().filter(l -> l.startsWith("curl ")).count();
            if (curls != 1) {
                throw new IllegalStateException(page + ":" + block.line() + ": an example holds exactly one curl "
                        + "command (so that it has one reply); this one has " + curls);
            }
            Block reply = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
            if (reply == null || !reply.language().equals("json")) {
                throw new IllegalStateException(page + ":" + block.line() + ": an example must be followed by a "
                        + "```json block showing its reply");
            }
            examples.add(new Example(block.line(), block.text().strip(), reply.text(), block.section()));
        }
        return new DocExamples(List.copyOf(setUp), List.copyOf(examples), List.copyOf(headings));
    }

    private record Block(int line, String language, String text, String section) {}
}
