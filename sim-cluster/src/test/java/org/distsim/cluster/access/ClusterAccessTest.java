package org.distsim.cluster.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ClusterAccess}: the name and secret keep strangers' tasks and results out. */
class ClusterAccessTest {

    private static final byte[] PAYLOAD = "a task".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealed_opensWithTheSameSecret() throws Exception {
        ClusterAccess access = new ClusterAccess("lab", "s3cret");
        assertArrayEquals(PAYLOAD, new ClusterAccess("lab", "s3cret").open(access.seal(PAYLOAD)));
    }

    @Test
    void anotherSecret_isRefused_andSaysSo() {
        byte[] sealed = new ClusterAccess("lab", "s3cret").seal(PAYLOAD);
        ClusterAccess.SealException e = assertThrows(ClusterAccess.SealException.class,
                () -> new ClusterAccess("lab", "other").open(sealed));
        assertEquals("it was sealed with another cluster secret (DISTSIM_CLUSTER_SECRET)", e.getMessage());
    }

    @Test
    void aChangedByte_isRefused() {
        byte[] sealed = new ClusterAccess("lab", "s3cret").seal(PAYLOAD);
        sealed[sealed.length - 1] ^= 1;
        assertThrows(ClusterAccess.SealException.class, () -> new ClusterAccess("lab", "s3cret").open(sealed));
    }

    @Test
    void secretOnOneSideOnly_isRefusedBothWays() {
        ClusterAccess none = new ClusterAccess("lab", null);
        ClusterAccess some = new ClusterAccess("lab", "s3cret");
        assertTrue(assertThrows(ClusterAccess.SealException.class, () -> some.open(none.seal(PAYLOAD))).getMessage()
                .contains("without a cluster secret"));
        assertTrue(assertThrows(ClusterAccess.SealException.class, () -> none.open(some.seal(PAYLOAD))).getMessage()
                .contains("this side has none"));
    }

    @Test
    void hazelcastClusterName_dependsOnNameAndSecret_andDoesNotShowTheSecret() {
        assertEquals("distsim-lab", new ClusterAccess("lab", null).hazelcastClusterName());
        assertEquals("distsim-lab", ClusterAccess.of("lab", Map.of("DISTSIM_CLUSTER_SECRET", "")::get)
                .hazelcastClusterName());
        String withSecret = new ClusterAccess("lab", "s3cret").hazelcastClusterName();
        assertTrue(withSecret.startsWith("distsim-lab-"), withSecret);
        assertTrue(!withSecret.contains("s3cret"), withSecret);
        assertNotEquals(withSecret, new ClusterAccess("lab", "other").hazelcastClusterName());
        assertEquals(withSecret, ClusterAccess.of("lab", Map.of("DISTSIM_CLUSTER_SECRET", "s3cret")::get)
                .hazelcastClusterName());
        assertEquals("distsim-distsim", ClusterAccess.of(null, Map.<String, String>of()::get).hazelcastClusterName());
    }

    @Test
    void badName_isRefusedWithTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClusterAccess("my lab", null));
        assertTrue(e.getMessage().contains("letters, digits"), e.getMessage());
    }
}
