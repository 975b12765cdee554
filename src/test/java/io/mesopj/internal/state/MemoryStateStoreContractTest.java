package io.mesopj.internal.state;

import java.time.Clock;

/** The memory store against the store contract (its "second node" is itself: it is per JVM). */
class MemoryStateStoreContractTest extends StateStoreContract {
  @Override
  protected StateStore openStore(Clock clock) {
    return new MemoryStateStore(clock, 100_000, 1L << 30);
  }

  @Override
  protected StateStore openSecondNode(StateStore first, Clock clock) {
    return first;
  }
}
