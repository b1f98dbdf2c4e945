package io.bwo.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The wire form of a freeze lease. */
class WireTest {
  private final Wire wire = new Wire();
  private final FreezeLease lease =
      new FreezeLease("DUMP", "token-1", Instant.parse("2026-11-23T19:42:34.903504694Z"));

  @Test
  void aLeaseTravelsExactlyToTheNanosecond() {
    assertThat(wire.lease(wire.lease(lease))).isEqualTo(lease);
  }

  @Test
  void theExpiryIsReadFromItsNumbersWhenTheyAreThere() {
    ObjectNode n = (ObjectNode) wire.lease(lease);
    // The text is for people reading the traffic; a reader that parsed it would see this one.
    n.put("expires", "2000-01-01T00:00:00Z");
    assertThat(wire.lease(n).expires()).isEqualTo(lease.expires());
  }

  @Test
  void aLeaseWithItsExpiryAsTextAloneIsStillRead() {
    ObjectNode n = (ObjectNode) wire.lease(lease);
    n.remove("expiresSecond");
    n.remove("expiresNano");
    assertThat(wire.lease(n)).isEqualTo(lease);
  }
}
