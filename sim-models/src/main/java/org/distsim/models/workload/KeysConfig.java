package org.distsim.models.workload;

import java.util.Objects;
import org.distsim.models.format.Knob;
import org.distsim.models.keys.KeyPopularity;

/**
 * Which keys a workload's requests name, drawn independently per request (the independent
 * reference model).
 *
 * @param count      how many keys, {@code 0 .. count-1}
 * @param popularity the law that picks one
 * @param s          the Zipf exponent; read only for {@code zipf}
 */
public record KeysConfig(
        @Knob(doc = "How many distinct keys the requests name: keys 0 to count - 1.", defaultValue = "1",
                min = "1", max = "2000000000")
        int count,
        @Knob(doc = "How a request picks its key: uniform (all keys equally likely) or zipf (key k with"
                + " probability proportional to (k+1)^-s, so key 0 is the hottest).", defaultValue = "uniform")
        Popularity popularity,
        @Knob(doc = "The Zipf exponent s: 0 is uniform, about 0.6 to 1 fits web and CDN traffic; read only"
                + " with popularity zipf.", defaultValue = "0.99", min = "0", max = "100")
        double s) {

    public KeysConfig {
        Objects.requireNonNull(popularity, "popularity");
    }

    /** The popularity law these knobs describe. */
    public KeyPopularity law() {
        return popularity == Popularity.UNIFORM ? KeyPopularity.uniform(count) : KeyPopularity.zipf(count, s);
    }
}
