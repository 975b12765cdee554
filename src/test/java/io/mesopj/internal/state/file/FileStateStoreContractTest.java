package io.mesopj.internal.state.file;

import io.mesopj.internal.state.StateStore;
import io.mesopj.internal.state.StateStoreContract;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The file store against the store contract; the second node is another store on the same directory. */
class FileStateStoreContractTest extends StateStoreContract {
  @TempDir
  Path dir;

  @Override
  protected StateStore openStore(Clock clock) {
    return new FileStateStore(dir, clock);
  }

  @Override
  protected StateStore openSecondNode(StateStore first, Clock clock) {
    return new FileStateStore(dir, clock);
  }
}
