package org.distsim.reports;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/** Refusal to replace an existing output file that the caller did not ask to overwrite. */
public final class OutputExistsException extends FileAlreadyExistsException {

    private static final long serialVersionUID = 1L;

    private final String message;

    public OutputExistsException(Path target) {
        this(target, target + " exists; use --force to overwrite");
    }

    /** With a message of the caller's, for outputs that are not a single file. */
    public OutputExistsException(Path target, String message) {
        super(target.toString());
        this.message = message;
    }

    /** {@code <file> exists; use --force to overwrite}, or the caller's message. */
    @Override
    public String getMessage() {
        return message;
    }
}
