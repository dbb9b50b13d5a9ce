package org.distsim.cluster.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link BuildIdentity}: members that would compute other bytes are told apart, and told why. */
class BuildIdentityTest {

    private static final BuildIdentity HERE = new BuildIdentity("0.1.0", "aaaaaaaaaaaa", "ffffffffffff");

    @Test
    void current_isStable_andRoundTripsThroughItsEncoding() {
        BuildIdentity current = BuildIdentity.current();
        assertEquals(current, BuildIdentity.parse(current.encode()));
        assertEquals(12, current.build().length());
        assertEquals(12, current.format().length());
        assertNull(current.difference(BuildIdentity.parse(current.encode()), "there", "here"));
    }

    @Test
    void difference_namesWhatDiffers_versionFirst() {
        assertEquals("another distsim version: 0.2.0 on the member, 0.1.0 here",
                HERE.difference(new BuildIdentity("0.2.0", "bbbbbbbbbbbb", "eeeeeeeeeeee"), "on the member", "here"));
        assertEquals("another scenario format: eeeeeeeeeeee on the member, ffffffffffff here",
                HERE.difference(new BuildIdentity("0.1.0", "bbbbbbbbbbbb", "eeeeeeeeeeee"), "on the member", "here"));
        assertEquals("another build of distsim 0.1.0: bbbbbbbbbbbb on the member, aaaaaaaaaaaa here",
                HERE.difference(new BuildIdentity("0.1.0", "bbbbbbbbbbbb", "ffffffffffff"), "on the member", "here"));
        assertTrue(HERE.difference(BuildIdentity.parse("garbage"), "on the member", "here")
                .startsWith("no distsim identity"));
    }
}
