package backcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.yaml.Node;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The compiled questions the jar carries say exactly what questions.yaml says. */
class CompiledQuestionsTest {
  private static Node yamlTree() throws IOException {
    try (InputStream in = TriageRules.class.getResourceAsStream(TriageRules.RESOURCE)) {
      return TriageRules.readYaml(in.readAllBytes(), TriageRules.RESOURCE);
    }
  }

  @Test
  void theCompiledTreeIsTheYamlTree() throws IOException {
    Node compiled = CompiledQuestions.read();
    assertThat(compiled).as("the build compiles questions.yaml").isNotNull();
    Node parsed = yamlTree();
    assertThat(compiled).isEqualTo(parsed);
    assertThat(compiled.toString()).as("in the same order").isEqualTo(parsed.toString());
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
