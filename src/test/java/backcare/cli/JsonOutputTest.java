package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.text.Visible;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every --json document of every command is Jackson's pretty JSON, ending in a newline, with no
 * character a terminal would act on, even when the history holds such characters.
 */
class JsonOutputTest {
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TempDir Path tmp;

  @Test
  void everyJsonDocumentIsPrettyJsonWithNoControlCharacters() throws IOException {
    Cli cli = new Cli(tmp);
    HistoryCommandTest.write(
        cli.historyFile(),
        HistoryCommandTest.session(
            "2024-05-17T07:30:00Z", "desk\\u007f\\u202e\\u2028", 480, "done", 6, 4),
        HistoryCommandTest.triage("2024-05-17T07:00:00Z", "self-care", "\"stenosis\""),
        HistoryCommandTest.session("2024-05-19T18:05:00+02:00", "morning", 240, "done", 5, null));
    for (List<String> args :
        List.of(
            List.of("routines", "--json"),
            List.of("exercises", "--json"),
            List.of("exercises", "cat-cow", "--json"),
            List.of("routine", "quick", "--dry-run", "--json"),
            List.of("routine", "morning", "--dry-run", "--json", "--condition", "stenosis,disc"),
            List.of("triage", "--list", "--json"),
            List.of("history", "--json"),
            List.of("history", "--json", "--since", "2024-05-19"),
            List.of("report", "--json"))) {
      Cli.Result r = cli.exec(args.toArray(String[]::new));
      assertThat(r.code()).as("%s: %s", args, r.err()).isZero();
      String out = r.out();
      assertThat(Visible.firstControl(out)).as("%s", args).isEqualTo(-1);
      if (args.get(0).equals("history")) { // its records compact, a record a line
        for (String list : List.of("sessions", "triages"))
          for (var record : PRETTY.readTree(out).get(list))
            assertThat(out)
                .as("%s", args)
                .contains(
                    System.lineSeparator()
                        + "    "
                        + Visible.of(new ObjectMapper().writeValueAsString(record)));
        continue;
      }
      assertThat(out)
          .as("%s", args)
          .isEqualTo(
              Visible.of(PRETTY.writeValueAsString(PRETTY.readValue(out, Object.class)))
                  + System.lineSeparator());
    }
    String history = cli.exec("history", "--json").out();
    assertThat(history).contains("\"routine\":\"desk\\u007f\\u202e\\u2028\"");
    assertThat(PRETTY.readTree(history).get("sessions").get(0).get("routine").asText())
        .isEqualTo("desk\u007f\u202e\u2028");
  }
}
