package dev.outbound.archfixtures.standins.javax.inject;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for {@code javax.inject.Inject}: the javax.inject API is not on outbound-app's test class path (Guice 7
 * brings {@code jakarta.inject} only), so the fixtures that must show a {@code javax.inject} violation use this type,
 * named like the forbidden one under {@code archfixtures.standins}; the rule is run with
 * {@code Libraries.relocatedUnder(".. .standins")}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Inject {
}
