package org.distsim.models.service;

import org.distsim.models.station.Station;

/**
 * One replica (pod) of a service: its own workers and its own queue, and where it is in its life
 * (provisioning until its ready timer fires, then ready, then draining once a scale-down removed it
 * while it still held requests).
 */
final class Replica {

    final Station<Job> station;
    boolean draining;
    /** The timer that makes a provisioning replica ready; -1 once it is, or for a replica of the start. */
    long readyTimer = -1;

    Replica(Station<Job> station) {
        this.station = station;
    }
}
