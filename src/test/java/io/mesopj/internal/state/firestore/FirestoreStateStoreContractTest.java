package io.mesopj.internal.state.firestore;

import io.mesopj.internal.state.StateStore;
import io.mesopj.internal.state.StateStoreContract;
import io.mesopj.testsupport.FirestoreEmulator;
import io.mesopj.testsupport.SharedFirestoreEmulator;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The firestore store against the store contract on the real emulator. The second node is
 * another store with its own Firestore client on the same project and collection.
 */
@ExtendWith(SharedFirestoreEmulator.class)
class FirestoreStateStoreContractTest extends StateStoreContract {
  private static final String COLLECTION = "mesop_state_sessions";
  private FirestoreEmulator emulator;

  @BeforeEach
  void emptyDatabase(FirestoreEmulator emulator) {
    this.emulator = emulator;
    emulator.clear();
  }

  @Override
  protected StateStore openStore(Clock clock) {
    return node(clock);
  }

  @Override
  protected StateStore openSecondNode(StateStore first, Clock clock) {
    return node(clock);
  }

  private StateStore node(Clock clock) {
    return FirestoreStateStore.open(FirestoreConnections.emulator(emulator.hostPort(), emulator.projectId()),
        COLLECTION, clock);
  }
}
