package backcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The compiled questions the jar carries say exactly what questions.yaml says. */
class CompiledQuestionsTest {
  private static Object yamlTree() throws IOException {
    try (InputStream in = TriageRules.class.getResourceAsStream(TriageRules.RESOURCE)) {
      return TriageRules.readTree(in, TriageRules.RESOURCE);
    }
  }

  @Test
  void theCompiledTreeIsTheYamlTree() throws IOException {
    Object tree = yamlTree();
    assertThat(CompiledQuestions.read(CompiledQuestions.write(tree))).isEqualTo(tree);
    try (InputStream packaged = TriageRules.class.getResourceAsStream(CompiledQuestions.RESOURCE)) {
      assertThat(packaged).as("the build compiles questions.yaml").isNotNull();
      assertThat(CompiledQuestions.read(packaged.readAllBytes())).isEqualTo(tree);
    }
  }

  @Test
  void theLoadedRulesAreTheYamlRules() throws IOException {
    TriageRules fromYaml = TriageRules.check(yamlTree(), "yaml");
    TriageRules loaded = TriageRules.load();
    assertThat(loaded.questions()).isEqualTo(fromYaml.questions());
    assertThat(loaded.combinations()).isEqualTo(fromYaml.combinations());
    assertThat(loaded.interview()).isEqualTo(fromYaml.interview());
    for (Level l : Level.values()) assertThat(loaded.advice(l)).isEqualTo(fromYaml.advice(l));
    assertThat(loaded.safetyNet()).isEqualTo(fromYaml.safetyNet());
  }
}
