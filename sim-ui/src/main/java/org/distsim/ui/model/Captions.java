package org.distsim.ui.model;

import java.util.List;
import org.distsim.models.scenario.Note;

/** The scenario's {@code notes:} as captions: each shows from its time until the next one's. */
public final class Captions {

    private final List<Note> notes;

    public Captions(List<Note> notes) {
        this.notes = List.copyOf(notes);
    }

    /** The caption at {@code nowNanos}, or empty before the first. */
    public String at(long nowNanos) {
        String current = "";
        for (Note note : notes) {
            if (note.atNanos() <= nowNanos) {
                current = note.text();
            }
        }
        return current;
    }
}
