package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArchiveTrainingTest {
  @Test
  void everyTrainingCommandRunsWithoutAnExceptionEscaping() {
    assertThat(ArchiveTraining.run()).isZero();
  }

  @Test
  void theTrainingCoversEveryRegisteredCommandButTheHelpers() {
    for (String name : BackcareCommand.SUBCOMMANDS.keySet()) {
      if (name.startsWith("__") || name.equals("completion") || name.equals("validate")) continue;
      assertThat(ArchiveTraining.COMMANDS).as(name).anyMatch(args -> args[0].equals(name));
    }
  }
}
