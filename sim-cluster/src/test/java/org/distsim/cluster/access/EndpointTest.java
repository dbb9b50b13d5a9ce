package org.distsim.cluster.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Endpoint}: HOST:PORT lists as users write them. */
class EndpointTest {

    @Test
    void list_readsNamesIpv4AndBracketedIpv6() {
        assertEquals(List.of(new Endpoint("10.0.0.4", 5701), new Endpoint("worker-2.lan", 5702), new Endpoint("::1", 5703)),
                Endpoint.parseList("--join", "10.0.0.4:5701, worker-2.lan:5702,[::1]:5703"));
        assertEquals("[::1]:5703", new Endpoint("::1", 5703).toString());
    }

    @Test
    void missingPort_badPortOrEmptyEntry_sayWhatIsExpected() {
        IllegalArgumentException noPort = assertThrows(IllegalArgumentException.class,
                () -> Endpoint.parseList("--cluster", "10.0.0.4"));
        assertEquals("--cluster 10.0.0.4: \"10.0.0.4\" is not HOST:PORT; expected HOST:PORT[,HOST:PORT...], like"
                + " 10.0.0.4:5701 or [::1]:5701", noPort.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Endpoint.parseList("--join", "h:70000"))
                .getMessage().contains("port 70000 is not from 1 to 65535"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Endpoint.parseList("--join", "h:1,"))
                .getMessage().contains("an empty entry"));
    }

    @Test
    void loopback_isLocalhost127OrColonColonOne() {
        assertTrue(new Endpoint("127.0.0.1", 1).isLoopback());
        assertTrue(new Endpoint("LocalHost", 1).isLoopback());
        assertTrue(new Endpoint("::1", 1).isLoopback());
        assertFalse(new Endpoint("10.0.0.4", 1).isLoopback());
        assertFalse(new Endpoint("127.example.org", 1).isLoopback());
    }
}
