package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.yaml.Node;
import backcare.yaml.YamlReader;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CompiledLibraryTest {
  private static Map<String, Node> parsedYaml() {
    Map<String, Node> trees = new TreeMap<>();
    LibraryLoader.builtInFiles()
        .forEach((name, bytes) -> trees.put(name, YamlReader.readBytes(bytes, name)));
    return trees;
  }

  @Test
  void theBuildCompiledEveryBuiltInFileToTheSameTreeWithLocations() {
    Map<String, Node> compiled = CompiledLibrary.readResource();
    assertThat(compiled).as("backcare/routines.bin, made in process-classes").isNotNull();
    assertThat(compiled).isEqualTo(parsedYaml());
    assertThat(compiled.toString()).as("in the same order").isEqualTo(parsedYaml().toString());
  }

  @Test
  void everyFigureSurvivesTheCompiledFormExactlyAsTheYamlGivesIt() {
    // the library a start reads (compiled) against the one parsed from the YAML itself
    Map<String, Exercise> compiled = LibraryLoader.builtIn().exercises();
    Map<String, Exercise> fromYaml = new TreeMap<>();
    LibraryLoader.builtInFiles()
        .forEach(
            (name, bytes) -> {
              ContentParser.Parsed parsed =
                  ContentParser.parse(YamlReader.readBytes(bytes, name), name);
              assertThat(parsed.problems()).isEmpty();
              parsed.exercises().forEach(e -> fromYaml.put(e.id(), e));
            });
    assertThat(compiled.keySet()).isEqualTo(fromYaml.keySet());
    for (String id : fromYaml.keySet()) {
      assertThat(compiled.get(id).figure()).as(id).isNotNull().isEqualTo(fromYaml.get(id).figure());
    }
  }
}
