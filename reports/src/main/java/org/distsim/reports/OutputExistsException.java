package org.distsim.reports;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/** Refusal to replace an existing output file that the caller did not ask to overwrite. */
public final class OutputExistsException extends FileAlreadyExistsException {

    private static final long serialVersionUID = 1L;

    public OutputExistsException(Path target) {
        super(target.toString());
    }

    /** {@code <file> exists; use --force to overwrite}. */
    @Override
    public String getMessage() {
        return getFile() + " exists; use --force to overwrite";
    }
}
