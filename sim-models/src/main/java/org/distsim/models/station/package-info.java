/**
 * A queueing station as components use it: {@code c} workers in front of one FIFO queue with an
 * optional capacity (the M/G/c/K station of Kleinrock, Queueing Systems Vol. 1, 1975), with its
 * time-weighted utilisation and queue-length figures. Components decide what a request costs and
 * what serving it does; the station decides when it starts.
 */
package org.distsim.models.station;
