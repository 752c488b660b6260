package backcare.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A record as one line of JSON, and back. Reading is forgiving where it can be safely: a line from a
 * newer backcare keeps every field this version knows and reports the rest; a line that is not a
 * whole, valid record is reported and left out, never "repaired".
 */
public final class RecordJson {
    /** ISO-8601 with the offset, to the second, as in the file: 2024-05-06T07:30:00+02:00. */
    public static String formatTime(OffsetDateTime t) {
        return IsoTime.format(t);
    }

    private static final Set<String> SESSION_FIELDS = Set.of("type", "version", "start", "end", "routine", "file",
            "conditions", "totalSteps", "stepsDone", "stepsSkipped", "activeSeconds", "pausedSeconds", "ending",
            "painBefore", "painAfter");
    private static final Set<String> TRIAGE_FIELDS = Set.of("type", "version", "time", "outcome", "triggered",
            "conditions", "cleared", "source", "headline", "advice");

    /** The most seconds a session may have moved or been paused: 100 days. More is a damaged line. */
    static final long MAX_SECONDS = 100L * 24 * 3600;

    private RecordJson() {}

    /**
     * Why a record's times cannot be trusted (before {@code earliest}, after {@code latest}, or a
     * session that ends before it starts), as a warning ending "; left out"; null when they can.
     */
    static String untrustedTime(HistoryRecord r, Instant earliest, Instant latest) {
        List<OffsetDateTime> times = r instanceof SessionRecord s ? List.of(s.start(), s.end()) : List.of(r.time());
        String[] names = r instanceof SessionRecord ? new String[] {"start", "end"} : new String[] {"time"};
        for (int i = 0; i < times.size(); i++) {
            Instant t = times.get(i).toInstant();
            String what = t.isBefore(earliest) ? "before " + earliest.atOffset(ZoneOffset.UTC).getYear()
                    + " (a clock that was not set?)"
                    : t.isAfter(latest) ? "in the future (a clock set wrong, or a hand-edited line?)" : null;
            if (what != null) {
                return r.type() + " record with \"" + names[i] + "\" " + IsoTime.format(times.get(i)) + " " + what
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
        Map<String, Object> m = new LinkedHashMap<>();
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
        return LightJson.write(fields(r));
    }

    /**
     * What one line held: a record (null when the line was left out) and a warning (null when the
     * line was fine). Both may be set: a newer line read in part.
     */
    public record Decoded(HistoryRecord record, String warning) {}

    public static Decoded decode(String line) {
        JsonNode node;
        try {
            node = LightJson.parse(line);
        } catch (java.io.IOException e) {
            return new Decoded(null, "not valid JSON; left out");
        }
        if (node == null || !node.isObject()) return new Decoded(null, "not a JSON object; left out");
        String type = node.path("type").isTextual() ? node.get("type").asText() : null;
        try {
            int version = node.has("version") ? wholeNumber(node, "version", 1, Integer.MAX_VALUE) : 1;
            HistoryRecord record;
            Set<String> known;
            if (SessionRecord.TYPE.equals(type)) {
                record = session(node, version);
                known = SESSION_FIELDS;
            } else if (TriageRecord.TYPE.equals(type)) {
                record = triage(node, version);
                known = TRIAGE_FIELDS;
            } else {
                return new Decoded(null, (type == null ? "no \"type\"" : "unknown record type \"" + type + "\"")
                        + " (written by a newer backcare?); left out");
            }
            return new Decoded(record, newer(node, version, known));
        } catch (BadField e) {
            return new Decoded(null, type + " record with " + e.getMessage() + "; left out");
        }
    }

    private static String newer(JsonNode node, int version, Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) unknown.add(f);
        }
        if (unknown.isEmpty() && version <= HistoryRecord.CURRENT_VERSION) return null;
        String what = version > HistoryRecord.CURRENT_VERSION
                ? "written by a newer backcare (record version " + version + ")"
                : "has fields this backcare does not know";
        return what + (unknown.isEmpty() ? "" : "; ignored field" + (unknown.size() > 1 ? "s " : " ")
                + String.join(", ", unknown)) + "; kept the rest";
    }

    private static SessionRecord session(JsonNode n, int version) {
        OffsetDateTime start = time(n, "start", true);
        OffsetDateTime end = time(n, "end", false);
        return new SessionRecord(version, start, end == null ? start : end, text(n, "routine", true),
                text(n, "file", false), strings(n, "conditions"),
                n.has("totalSteps") ? wholeNumber(n, "totalSteps", 0, Integer.MAX_VALUE) : 0,
                numbers(n, "stepsDone"), numbers(n, "stepsSkipped"),
                n.has("activeSeconds") ? seconds(n, "activeSeconds") : 0,
                n.has("pausedSeconds") ? seconds(n, "pausedSeconds") : 0,
                text(n, "ending", true), pain(n, "painBefore"), pain(n, "painAfter"));
    }

    private static TriageRecord triage(JsonNode n, int version) {
        JsonNode cleared = n.get("cleared");
        if (cleared != null && !cleared.isNull() && !cleared.isBoolean()) throw new BadField("\"cleared\" not true or false");
        return new TriageRecord(version, time(n, "time", true), text(n, "outcome", true), strings(n, "triggered"),
                strings(n, "conditions"), cleared != null && cleared.asBoolean(), text(n, "source", false),
                text(n, "headline", false), strings(n, "advice"));
    }

    private static final class BadField extends RuntimeException {
        BadField(String message) { super(message, null, false, false); }
    }

    private static OffsetDateTime time(JsonNode n, String field, boolean required) {
        String t = text(n, field, required);
        if (t == null) return null;
        try {
            return IsoTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new BadField("\"" + field + "\" not an ISO-8601 time with an offset (" + t + ")");
        }
    }

    private static String text(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new BadField("no \"" + field + "\"");
            return null;
        }
        if (!v.isTextual() || (required && v.asText().isBlank())) throw new BadField("\"" + field + "\" not a text");
        return v.asText();
    }

    private static int wholeNumber(JsonNode n, String field, int min, int max) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw new BadField("\"" + field + "\" not a whole number" + (max == Integer.MAX_VALUE
                    ? (min == 0 ? " of 0 or more" : " of " + min + " or more") : " from " + min + " to " + max));
        }
        return v.asInt();
    }

    private static long seconds(JsonNode n, String field) {
        JsonNode v = n.get(field);
        double d = v.isNumber() ? v.asDouble() : -1;
        if (!(d >= 0 && d <= MAX_SECONDS)) {
            throw new BadField("\"" + field + "\" not a number of seconds from 0 to " + MAX_SECONDS);
        }
        return Math.round(d);
    }

    private static Integer pain(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        return wholeNumber(n, field, 0, 10);
    }

    private static List<String> strings(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new BadField("\"" + field + "\" not a list of texts");
        List<String> list = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) throw new BadField("\"" + field + "\" not a list of texts");
            list.add(e.asText());
        }
        return list;
    }

    private static List<Integer> numbers(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new BadField("\"" + field + "\" not a list of step numbers");
        List<Integer> list = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isIntegralNumber() || !e.canConvertToInt() || e.asInt() < 1) {
                throw new BadField("\"" + field + "\" not a list of step numbers");
            }
            list.add(e.asInt());
        }
        return list;
    }
}
