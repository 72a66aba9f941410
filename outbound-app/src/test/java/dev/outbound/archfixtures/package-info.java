/**
 * Deliberately broken code, one package per architecture rule ({@code archfixtures.<rule>}), each laid out like the
 * real code ({@code domain}, {@code port.in}, {@code port.out}, {@code port.spi}, {@code application},
 * {@code adapter.<name>}, {@code app}) so that the rule of {@code dev.outbound.app.architecture.OutboundArchitecture}
 * can be run on it with the fixture package as root. Classes marked VIOLATION must be reported; classes marked ALLOWED
 * are controls that must not be. {@code archfixtures.standins} holds stand-ins, with the real package and class names
 * under a prefix, for libraries that are not on this module's test class path (Jackson, {@code javax.inject}).
 *
 * <p>This is test code: the rules on the real code import production classes only, so these never reach them.
 */
package dev.outbound.archfixtures;
