/** Replicated database (placeholder; filled in below). */
package org.distsim.models.replication;
