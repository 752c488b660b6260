package backcare.history;

import backcare.json.JsonOut;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record as one line of JSON, and back. Reading is forgiving where it can be safely: a line from
 * a newer backcare keeps every field this version knows and reports the rest; a line that is not a
 * whole, valid record is reported and left out, never "repaired".
 */
public final class RecordJson {
  /** ISO-8601 with the offset, to the second, as in the file: 2024-05-06T07:30:00+02:00. */
  public static String formatTime(OffsetDateTime t) {
    return IsoTime.format(t);
  }

  /**
   * A session line's fields, in the order a line is written (the CSV columns and the fast reader's
   * field table are made from these lists too).
   */
  static final List<String> SESSION_FIELDS =
      List.of(
          "type",
          "version",
          "start",
          "end",
          "routine",
          "file",
          "conditions",
          "totalSteps",
          "stepsDone",
          "stepsSkipped",
          "activeSeconds",
          "pausedSeconds",
          "ending",
          "painBefore",
          "painAfter");

  /** A triage line's fields, in the order a line is written. */
  static final List<String> TRIAGE_FIELDS =
      List.of(
          "type",
          "version",
          "time",
          "outcome",
          "triggered",
          "conditions",
          "cleared",
          "source",
          "headline",
          "advice");

  /** The most seconds a session may have moved or been paused: 100 days. More is a damaged line. */
  static final long MAX_SECONDS = 100L * 24 * 3600;

  private RecordJson() {}

  /**
   * Why a record's times cannot be trusted (before {@code earliest}, after {@code latest}, or a
   * session that ends before it starts), as a warning ending "; left out"; null when they can.
   */
  static String untrustedTime(HistoryRecord r, Instant earliest, Instant latest) {
    List<OffsetDateTime> times =
        r instanceof SessionRecord s ? List.of(s.start(), s.end()) : List.of(r.time());
    String[] names =
        r instanceof SessionRecord ? new String[] {"start", "end"} : new String[] {"time"};
    for (int i = 0; i < times.size(); i++) {
      Instant t = times.get(i).toInstant();
      String what =
          t.isBefore(earliest)
              ? "before "
                  + earliest.atOffset(ZoneOffset.UTC).getYear()
                  + " (a clock that was not set?)"
              : t.isAfter(latest)
                  ? "in the future (a clock set wrong, or a hand-edited line?)"
                  : null;
      if (what != null) {
        return r.type()
            + " record with \""
            + names[i]
            + "\" "
            + IsoTime.format(times.get(i))
            + " "
            + what
            + "; left out";
      }
    }
    if (r instanceof SessionRecord s && s.end().isBefore(s.start())) {
      return "session record that ends before it starts; left out";
    }
    return null;
  }

  /** The fields of a record in the order they are written (also the shape of `history --json`). */
  public static Map<String, Object> fields(HistoryRecord r) {
    Map<String, Object> m = new LinkedHashMap<>(32); // a session's 15 fields, never resized
    m.put("type", r.type());
    m.put("version", r.version());
    if (r instanceof SessionRecord s) {
      m.put("start", IsoTime.format(s.start()));
      m.put("end", IsoTime.format(s.end()));
      m.put("routine", s.routine());
      m.put("file", s.file());
      m.put("conditions", s.conditions());
      m.put("totalSteps", s.totalSteps());
      m.put("stepsDone", s.stepsDone());
      m.put("stepsSkipped", s.stepsSkipped());
      m.put("activeSeconds", s.activeSeconds());
      m.put("pausedSeconds", s.pausedSeconds());
      m.put("ending", s.ending());
      m.put("painBefore", s.painBefore());
      m.put("painAfter", s.painAfter());
    } else if (r instanceof TriageRecord t) {
      m.put("time", IsoTime.format(t.time()));
      m.put("outcome", t.outcome());
      m.put("triggered", t.triggered());
      m.put("conditions", t.conditions());
      m.put("cleared", t.cleared());
      // only on a clearance given at the routine's gate or an unfinished screen
      if (t.source() != null) m.put("source", t.source());
      if (t.headline() != null) m.put("headline", t.headline());
      if (!t.advice().isEmpty()) m.put("advice", t.advice());
    }
    return m;
  }

  /** One line of JSON, without the newline. JSON escapes any newline inside a value. */
  public static String encode(HistoryRecord r) {
    return JsonOut.compact(fields(r));
  }

  /**
   * What one line held: a record (null when the line was left out) and a warning (null when the
   * line was fine). Both may be set: a newer line read in part.
   */
  public record Decoded(HistoryRecord record, String warning) {}

  /**
   * The record on one line, read with Jackson's streaming parser: the fields this version knows go
   * into slots, anything else is skipped token by token and only its name kept (no tree is built).
   */
  public static Decoded decode(String line) {
    Fields node;
    try {
      node = Fields.parse(line);
    } catch (java.io.IOException e) {
      return new Decoded(null, "not valid JSON; left out");
    }
    if (node == null) return new Decoded(null, "not a JSON object; left out");
    Object typeValue = node.get("type");
    String type = typeValue instanceof String t ? t : null;
    try {
      int version = node.has("version") ? wholeNumber(node, "version", 1, Integer.MAX_VALUE) : 1;
      HistoryRecord record;
      List<String> known;
      if (SessionRecord.TYPE.equals(type)) {
        record = session(node, version);
        known = SESSION_FIELDS;
      } else if (TriageRecord.TYPE.equals(type)) {
        record = triage(node, version);
        known = TRIAGE_FIELDS;
      } else {
        return new Decoded(
            null,
            (type == null ? "no \"type\"" : "unknown record type \"" + type + "\"")
                + " (written by a newer backcare?); left out");
      }
      return new Decoded(record, newer(node, version, known));
    } catch (BadField e) {
      return new Decoded(null, type + " record with " + e.getMessage() + "; left out");
    }
  }

  private static String newer(Fields node, int version, List<String> known) {
    List<String> unknown = new ArrayList<>();
    for (String f : node.names()) {
      if (!known.contains(f)) unknown.add(f);
    }
    if (unknown.isEmpty() && version <= HistoryRecord.CURRENT_VERSION) return null;
    String what =
        version > HistoryRecord.CURRENT_VERSION
            ? "written by a newer backcare (record version " + version + ")"
            : "has fields this backcare does not know";
    return what
        + (unknown.isEmpty()
            ? ""
            : "; ignored field" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown))
        + "; kept the rest";
  }

  private static SessionRecord session(Fields n, int version) {
    OffsetDateTime start = time(n, "start", true);
    OffsetDateTime end = time(n, "end", false);
    return new SessionRecord(
        version,
        start,
        end == null ? start : end,
        text(n, "routine", true),
        text(n, "file", false),
        strings(n, "conditions"),
        n.has("totalSteps") ? wholeNumber(n, "totalSteps", 0, Integer.MAX_VALUE) : 0,
        numbers(n, "stepsDone"),
        numbers(n, "stepsSkipped"),
        n.has("activeSeconds") ? seconds(n, "activeSeconds") : 0,
        n.has("pausedSeconds") ? seconds(n, "pausedSeconds") : 0,
        text(n, "ending", true),
        pain(n, "painBefore"),
        pain(n, "painAfter"));
  }

  private static TriageRecord triage(Fields n, int version) {
    Object cleared = n.get("cleared");
    if (cleared != null && cleared != Fields.NULL && !(cleared instanceof Boolean)) {
      throw new BadField("\"cleared\" not true or false");
    }
    return new TriageRecord(
        version,
        time(n, "time", true),
        text(n, "outcome", true),
        strings(n, "triggered"),
        strings(n, "conditions"),
        Boolean.TRUE.equals(cleared),
        text(n, "source", false),
        text(n, "headline", false),
        strings(n, "advice"));
  }

  private static final class BadField extends RuntimeException {
    BadField(String message) {
      super(message, null, false, false);
    }
  }

  private static OffsetDateTime time(Fields n, String field, boolean required) {
    String t = text(n, field, required);
    if (t == null) return null;
    try {
      return IsoTime.parse(t);
    } catch (DateTimeParseException e) {
      throw new BadField("\"" + field + "\" not an ISO-8601 time with an offset (" + t + ")");
    }
  }

  private static String text(Fields n, String field, boolean required) {
    Object v = n.get(field);
    if (v == null || v == Fields.NULL) {
      if (required) throw new BadField("no \"" + field + "\"");
      return null;
    }
    if (!(v instanceof String s) || (required && s.isBlank()))
      throw new BadField("\"" + field + "\" not a text");
    return s;
  }

  private static int wholeNumber(Fields n, String field, int min, int max) {
    Integer v = Fields.intValue(n.get(field));
    if (v == null || v < min || v > max) {
      throw new BadField(
          "\""
              + field
              + "\" not a whole number"
              + (max == Integer.MAX_VALUE
                  ? (min == 0 ? " of 0 or more" : " of " + min + " or more")
                  : " from " + min + " to " + max));
    }
    return v;
  }

  private static long seconds(Fields n, String field) {
    Object v = n.get(field);
    double d = v instanceof Number number ? number.doubleValue() : -1;
    if (!(d >= 0 && d <= MAX_SECONDS)) {
      throw new BadField("\"" + field + "\" not a number of seconds from 0 to " + MAX_SECONDS);
    }
    return Math.round(d);
  }

  private static Integer pain(Fields n, String field) {
    Object v = n.get(field);
    if (v == null || v == Fields.NULL) return null;
    return wholeNumber(n, field, 0, 10);
  }

  private static List<String> strings(Fields n, String field) {
    Object v = n.get(field);
    if (v == null || v == Fields.NULL) return List.of();
    if (!(v instanceof List<?> items)) throw new BadField("\"" + field + "\" not a list of texts");
    List<String> list = new ArrayList<>(items.size());
    for (Object e : items) {
      if (!(e instanceof String s)) throw new BadField("\"" + field + "\" not a list of texts");
      list.add(s);
    }
    return list;
  }

  private static List<Integer> numbers(Fields n, String field) {
    Object v = n.get(field);
    if (v == null || v == Fields.NULL) return List.of();
    if (!(v instanceof List<?> items))
      throw new BadField("\"" + field + "\" not a list of step numbers");
    List<Integer> list = new ArrayList<>(items.size());
    for (Object e : items) {
      Integer i = Fields.intValue(e);
      if (i == null || i < 1) throw new BadField("\"" + field + "\" not a list of step numbers");
      list.add(i);
    }
    return list;
  }

  /**
   * The top-level fields of one line's JSON object, as plain values: String, Boolean, Long or
   * BigInteger (whole numbers), Double, {@link #NULL}, a List of those, or {@link #OTHER} (an
   * object, or a list inside a list). A field named twice keeps its last value and its first place,
   * as a Jackson tree would. Reading stops at the first error; anything after the object is one.
   */
  static final class Fields {
    static final Object NULL = new Object();
    static final Object OTHER = new Object();
    private static final JsonFactory FACTORY = new JsonFactory();
    private final LinkedHashMap<String, Object> values = new LinkedHashMap<>(24);

    /**
     * The fields, or null when the line is valid JSON but not an object; IOException when not valid
     * JSON.
     */
    static Fields parse(String line) throws java.io.IOException {
      Fields plain = new Fields();
      if (plain.readPlain(line)) return plain;
      return parseWithJackson(line);
    }

    /**
     * As {@link #parse}, always with Jackson's parser (what {@link #readPlain} must agree with).
     */
    static Fields parseWithJackson(String line) throws java.io.IOException {
      try (JsonParser p = FACTORY.createParser(line)) {
        JsonToken t = p.nextToken();
        if (t == null) throw new JsonParseException(p, "no JSON value");
        Fields fields = null;
        if (t == JsonToken.START_OBJECT) {
          fields = new Fields();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            fields.values.put(name, value(p, true));
          }
        } else {
          p.skipChildren();
        }
        if (p.nextToken() != null) throw new JsonParseException(p, "more after the JSON value");
        return fields;
      }
    }

    private static Object value(JsonParser p, boolean listAllowed) throws java.io.IOException {
      switch (p.currentToken()) {
        case VALUE_STRING:
          return p.getText();
        case VALUE_NUMBER_INT:
          return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? p.getBigIntegerValue()
              : p.getLongValue();
        case VALUE_NUMBER_FLOAT:
          return p.getDoubleValue();
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case VALUE_NULL:
          return NULL;
        case START_ARRAY:
          if (!listAllowed) {
            p.skipChildren();
            return OTHER;
          }
          List<Object> list = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) list.add(value(p, false));
          return list;
        case START_OBJECT:
          p.skipChildren();
          return OTHER;
        default:
          throw new JsonParseException(p, "unexpected " + p.currentToken());
      }
    }

    /**
     * Reads the line by hand when it is in the plain form backcare writes, which is nearly always:
     * one object, no white space, strings without escapes or control characters, whole numbers of
     * up to 18 digits without leading zeros, null, true, false, and lists of those. Returns false,
     * having read nothing, for anything else, which Jackson then reads: the same values either way
     * (a property test holds the two together). Jackson costs tens of milliseconds to start and
     * warm at the start of a routine, whose tail may be a few thousand lines (docs/performance.md).
     */
    boolean readPlain(String s) {
      int n = s.length();
      if (n < 2 || s.charAt(0) != '{' || s.charAt(n - 1) != '}') return false;
      int[] at = {1};
      if (n == 2) return true;
      while (true) {
        String name = plainString(s, at);
        if (name == null || at[0] >= n || s.charAt(at[0]++) != ':') {
          values.clear();
          return false;
        }
        Object v = plainValue(s, at, true);
        if (v == null || at[0] >= n) {
          values.clear();
          return false;
        }
        values.put(name, v);
        char c = s.charAt(at[0]++);
        if (c == '}') {
          if (at[0] == n) return true;
          values.clear();
          return false;
        }
        if (c != ',') {
          values.clear();
          return false;
        }
      }
    }

    private static String plainString(String s, int[] at) {
      int i = at[0];
      if (i >= s.length() || s.charAt(i) != '"') return null;
      for (int j = i + 1; j < s.length(); j++) {
        char c = s.charAt(j);
        if (c == '"') {
          at[0] = j + 1;
          return s.substring(i + 1, j);
        }
        if (c == '\\' || c < 0x20) return null;
      }
      return null;
    }

    /** A value, or null when it is not in the plain form. */
    private static Object plainValue(String s, int[] at, boolean listAllowed) {
      int i = at[0];
      if (i >= s.length()) return null;
      char c = s.charAt(i);
      if (c == '"') return plainString(s, at);
      if (c == '-' || (c >= '0' && c <= '9')) {
        int j = c == '-' ? i + 1 : i;
        int digits = j;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
        int count = j - digits;
        if (count == 0 || count > 18 || (count > 1 && s.charAt(digits) == '0')) return null;
        if (j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == 'e' || s.charAt(j) == 'E'))
          return null;
        at[0] = j;
        return Long.parseLong(s, i, j, 10);
      }
      if (s.startsWith("null", i)) return word(at, 4, NULL);
      if (s.startsWith("true", i)) return word(at, 4, Boolean.TRUE);
      if (s.startsWith("false", i)) return word(at, 5, Boolean.FALSE);
      if (c == '[' && listAllowed) {
        List<Object> list = new ArrayList<>();
        at[0] = i + 1;
        if (at[0] < s.length() && s.charAt(at[0]) == ']') {
          at[0]++;
          return list;
        }
        while (true) {
          Object v = plainValue(s, at, false);
          if (v == null || at[0] >= s.length()) return null;
          list.add(v);
          char d = s.charAt(at[0]++);
          if (d == ']') return list;
          if (d != ',') return null;
        }
      }
      return null;
    }

    private static Object word(int[] at, int length, Object value) {
      at[0] += length;
      return value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Fields f
          && f.values.equals(values)
          && List.copyOf(f.values.keySet()).equals(List.copyOf(values.keySet()));
    }

    @Override
    public int hashCode() {
      return values.hashCode();
    }

    @Override
    public String toString() {
      return values.toString();
    }

    /** The value of a field; null when the line has no such field. */
    Object get(String field) {
      return values.get(field);
    }

    boolean has(String field) {
      return values.containsKey(field);
    }

    Iterable<String> names() {
      return values.keySet();
    }

    /** A whole number that fits an int, else null (text, a fraction, too big, null, a list). */
    static Integer intValue(Object v) {
      if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE)
        return l.intValue();
      if (v instanceof java.math.BigInteger b && b.bitLength() < 32) return b.intValue();
      return null;
    }
  }
}
