package org.distsim.models.service;

import org.distsim.core.kernel.Message;

/**
 * A metrics scrape: the service answers with a {@link LoadReport} on its load since the previous
 * query (or since the start). Only one scraper per service is meaningful, as each query starts a
 * new measurement interval.
 */
public record LoadQuery() implements Message {
}
