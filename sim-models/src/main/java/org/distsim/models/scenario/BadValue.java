package org.distsim.models.scenario;

/**
 * A value that cannot be read, with what would be right. Thrown by the converters and turned into
 * a {@link Problem} by the binder, which knows where the value was written. Carries no stack
 * trace: it is an expected outcome, not a failure of the program.
 */
final class BadValue extends Exception {

    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String suggestion;

    BadValue(String message, String expected, String suggestion) {
        super(message, null, false, false);
        this.expected = expected;
        this.suggestion = suggestion;
    }

    BadValue(String message, String expected) {
        this(message, expected, null);
    }

    String expected() {
        return expected;
    }

    String suggestion() {
        return suggestion;
    }
}
