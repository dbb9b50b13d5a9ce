package org.distsim.ui.live;

/** Whether the simulation thread is advancing the clock. */
public enum Mode {
    PAUSED, PLAYING, FINISHED
}
