/**
 * The request/response protocol between workloads and the nodes they call: a {@code Request} with
 * an id and the time it was due, and a {@code Response} that says ok, or failed with a reason.
 * Timeouts are not messages: the caller decides the outcome is unknown when its timer fires first.
 * A caller that gives up may tell the callee with a {@code Cancel}; a request carries the deadline
 * its caller tells and, for measurement only, when the first waiter on its path gives up.
 */
package org.distsim.models.rpc;
