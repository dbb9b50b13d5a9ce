package org.distsim.models.cache.policy;

import java.util.Locale;

/** When an entry's time to live starts, and so what keeps an entry alive. */
public enum ExpireAfter {
    /** At insertion: an entry lives {@code ttl} after it was written, however often it is read. */
    WRITE,
    /**
     * At every use: an entry lives {@code ttl} after its latest read or write, so a key read more
     * often than once per {@code ttl} never expires.
     */
    ACCESS;

    /** The lower-case name used in scenario files: {@code write}, {@code access}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
