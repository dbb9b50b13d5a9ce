package org.distsim.cli;

/**
 * Bad input that is not part of the scenario (a missing file, an output path that exists): the
 * command prints {@code error: <message>} and exits with {@link ExitCodes#BAD_INPUT}.
 */
final class UserError extends Exception {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message, null, false, false);
    }
}
