package org.distsim.models.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * {@link VersionStore} answers as a plain map of key to latest version does: a write makes a key's
 * version one higher (the first makes it 1), a read of a key never written answers 0. Compared
 * step by step over a long random mix of reads and writes whose keys collide in the hash table.
 */
class VersionStoreTest {

    @Test
    void everyReadAndWrite_answersAsAMapOfLatestVersions_does() {
        VersionStore store = new VersionStore();
        // Looked up by key only.
        Map<Long, Long> expected = new HashMap<>();
        UniformRandomProvider rng = new RandomStreams(5, 0).stream("trace", "keys");
        for (int step = 0; step < 300_000; step++) {
            // Keys spread over a range much larger than those written, so reads of unwritten keys
            // and writes of fresh ones are common, and the table grows several times.
            long key = rng.nextInt(50_000) * 7_919L - 100_000;
            if (rng.nextInt(3) == 0) {
                long version = expected.merge(key, 1L, Long::sum);
                assertEquals(version, store.write(key), "step " + step + ", write of key " + key);
            } else {
                assertEquals(expected.getOrDefault(key, 0L), store.read(key), "step " + step + ", read of key " + key);
            }
        }
        assertEquals(expected.size(), store.keysWritten());
    }
}
