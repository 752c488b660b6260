package backcare.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer gives what Jackson's ObjectMapper gives, without building one; lines are
 * read as one object.
 */
class LightJsonTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void writesRecordsByteForByteAsObjectMapper() throws IOException {
    OffsetDateTime t = OffsetDateTime.parse("2024-05-01T07:30:00+02:00");
    List<HistoryRecord> records =
        List.of(
            new SessionRecord(
                1,
                t,
                t.plusMinutes(8),
                "morning",
                null,
                List.of("stenosis", "disc"),
                8,
                List.of(1, 2, 3),
                List.of(4),
                470,
                22,
                "done",
                5,
                null),
            new SessionRecord(
                1,
                t,
                t,
                "m\u00e9\"ine\n",
                "/home/x/r.yaml",
                List.of(),
                1,
                List.of(),
                List.of(1),
                0,
                0,
                "stopped-for-pain",
                null,
                9),
            TriageRecord.of(t, "see-clinician", List.of("night-pain"), List.of(), true));
    for (HistoryRecord r : records) {
      assertThat(RecordJson.encode(r)).isEqualTo(MAPPER.writeValueAsString(RecordJson.fields(r)));
    }
  }

  @Test
  void aLineIsReadAsOneJsonObjectOrRefused() throws IOException {
    for (String notAnObject : List.of("[1,2]", "\"text\"", "null", "3")) {
      assertThat(RecordJson.Fields.parse(notAnObject)).as(notAnObject).isNull();
    }
    RecordJson.Fields f =
        RecordJson.Fields.parse(
            "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"x\"},\"e\":2.5,\"f\":12345678901}");
    assertThat(f.get("a")).isEqualTo(1L);
    assertThat(f.get("b")).isEqualTo(List.of(true, false, RecordJson.Fields.NULL));
    assertThat(f.get("c")).isSameAs(RecordJson.Fields.OTHER);
    assertThat(f.get("e")).isEqualTo(2.5);
    assertThat(f.get("f")).isEqualTo(12345678901L);
    for (String bad :
        List.of("", "{\"a\":1", "{\"a\":1} {\"b\":2}", "garbage", "{\"a\":1}x", "{\"a\":01}")) {
      assertThatThrownBy(() -> RecordJson.Fields.parse(bad))
          .as(bad)
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void timesAreWrittenAndReadAsTheIsoFormatterDoes() {
    java.time.format.DateTimeFormatter iso =
        java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    for (String text :
        List.of(
            "2024-05-01T07:30:00+02:00",
            "2024-12-31T23:59:59Z",
            "1999-01-02T03:04:05-05:30",
            "2024-02-29T00:00:00+14:00")) {
      OffsetDateTime t = OffsetDateTime.parse(text);
      assertThat(IsoTime.parse(text)).isEqualTo(t);
      assertThat(IsoTime.format(t)).isEqualTo(iso.format(t)).isEqualTo(text);
    }
    // other ISO-8601 forms are still read
    assertThat(IsoTime.parse("2024-05-01T07:30:00.5+02:00"))
        .isEqualTo(OffsetDateTime.parse("2024-05-01T07:30:00.5+02:00"));
    for (String bad :
        List.of(
            "2024-13-01T07:30:00+02:00",
            "2024-05-01T07:30:00+2:00",
            "2024-05-01 07:30:00Z",
            "soon")) {
      assertThatThrownBy(() -> IsoTime.parse(bad))
          .as(bad)
          .isInstanceOf(java.time.DateTimeException.class);
    }
  }
}
