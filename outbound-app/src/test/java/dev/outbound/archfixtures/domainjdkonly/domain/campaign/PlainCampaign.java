package dev.outbound.archfixtures.domainjdkonly.domain.campaign;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * ALLOWED (control): a domain record using only the JDK part the domain may use: java.lang, java.util with
 * function/stream/regex, java.time, java.math, and {@code java.io.Serializable}.
 */
public record PlainCampaign(String name, BigDecimal weight, Duration pause, List<String> lists) implements Serializable {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    public PlainCampaign {
        Objects.requireNonNull(name, "name");
        lists = List.copyOf(lists);
    }

    public String names(Predicate<String> keep) {
        return lists.stream().filter(keep).filter(n -> NAME.matcher(n).matches()).collect(Collectors.joining(","));
    }
}
