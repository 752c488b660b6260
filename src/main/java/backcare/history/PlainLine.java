package backcare.history;

import backcare.json.JsonOut;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A history line read straight from its bytes, in one pass, when it is a whole, good record in the
 * plain form backcare writes (nearly every line): one object, no white space, ASCII strings without
 * escapes, whole numbers without a sign or leading zeros, times as {@code 2024-05-06T07:30:00Z} or
 * with {@code +HH:MM}, only the fields this version knows, each once, of the right type. No String
 * per line, no field map: the fields are noted as positions in the bytes, then the record is built
 * from them ({@link #record}), or not at all for a line `history --since` leaves out ({@link
 * #scan}). Anything else, or anything in doubt, is declined, and {@link RecordJson#decode} reads
 * the line as before, with its warnings: what is accepted here decodes to the same record there (a
 * property test holds the two together). `history` over a million records spends most of its time
 * here (docs/performance.md).
 */
final class PlainLine implements ReadRecord {
  /**
   * The fields a line may have, as bit positions: a session's fields, then a triage's that a
   * session has not (RecordJson's lists, the one statement of each record's fields).
   */
  private static final String[] NAMES = fieldNames();

  private static final int TYPE = position("type");
  private static final int VERSION = position("version");
  private static final int START = position("start");
  private static final int END = position("end");
  private static final int ROUTINE = position("routine");
  private static final int FILE = position("file");
  private static final int CONDITIONS = position("conditions");
  private static final int TOTAL_STEPS = position("totalSteps");
  private static final int STEPS_DONE = position("stepsDone");
  private static final int STEPS_SKIPPED = position("stepsSkipped");
  private static final int ACTIVE = position("activeSeconds");
  private static final int PAUSED = position("pausedSeconds");
  private static final int ENDING = position("ending");
  private static final int PAIN_BEFORE = position("painBefore");
  private static final int PAIN_AFTER = position("painAfter");
  private static final int TIME = position("time");
  private static final int OUTCOME = position("outcome");
  private static final int TRIGGERED = position("triggered");
  private static final int CLEARED = position("cleared");
  private static final int SOURCE = position("source");
  private static final int HEADLINE = position("headline");
  private static final int ADVICE = position("advice");

  private static String[] fieldNames() {
    java.util.LinkedHashSet<String> names =
        new java.util.LinkedHashSet<>(RecordJson.SESSION_FIELDS);
    names.addAll(RecordJson.TRIAGE_FIELDS);
    return names.toArray(new String[0]);
  }

  private static int position(String field) {
    for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(field)) return i;
    throw new IllegalStateException("no field " + field);
  }

  private static final int SESSION_ONLY =
      bits(
          START,
          END,
          ROUTINE,
          FILE,
          TOTAL_STEPS,
          STEPS_DONE,
          STEPS_SKIPPED,
          ACTIVE,
          PAUSED,
          ENDING,
          PAIN_BEFORE,
          PAIN_AFTER);
  private static final int TRIAGE_ONLY =
      bits(TIME, OUTCOME, TRIGGERED, CLEARED, SOURCE, HEADLINE, ADVICE);

  private static final byte[][] NAME_BYTES = new byte[NAMES.length][];

  static {
    for (int i = 0; i < NAMES.length; i++) NAME_BYTES[i] = NAMES[i].getBytes();
  }

  /** What a value is, in {@link #kind}. */
  private static final byte NULL = 1;

  private static final byte TEXT = 2;
  private static final byte NUMBER = 3;
  private static final byte LIST = 4;
  private static final byte TRUE = 5;
  private static final byte FALSE = 6;

  private byte[] b;
  private int seen;

  /** The fields in the order the line has them, and how many. */
  private final int[] order = new int[32];

  private int fieldCount;

  /** The field expected next. */
  private int next;

  private final byte[] kind = new byte[NAMES.length];

  /** A text's first byte and end (after the last); a list's '[' and ']'; a number's value. */
  private final int[] from = new int[NAMES.length];

  private final int[] to = new int[NAMES.length];
  private final long[] number = new long[NAMES.length];
  private boolean session;

  /** The start's or time's second since the epoch, once scanned. */
  private long startSecond;

  private long endSecond;
  private final Interner interner = new Interner();

  /**
   * Reads the line {@code b[start..end)}; true when it is a good record in the plain form, whose
   * fields are then noted (see {@link #startSecond}, {@link #countsForStreak}, {@link #record}).
   */
  boolean scan(byte[] bytes, int start, int end) {
    b = bytes;
    seen = 0;
    next = 0;
    fieldCount = 0;
    lineFrom = start;
    lineTo = end;
    if (end - start < 2 || b[start] != '{' || b[end - 1] != '}') return false;
    int i = start + 1;
    while (true) {
      if (i >= end || b[i] != '"') return false;
      int field = name(i + 1, end);
      if (field < 0) return false;
      i += NAME_BYTES[field].length + 2;
      if (i >= end || b[i++] != ':') return false;
      i = value(field, i, end);
      if (i < 0 || i >= end) return false;
      byte c = b[i++];
      if (c == '}') {
        if (i != end) return false;
        break;
      }
      if (c != ',') return false;
    }
    return check();
  }

  /** The field whose name (and closing quote) starts at {@code i}, not yet seen; else -1. */
  private int name(int i, int end) {
    // backcare writes a session's fields in the order of NAMES: try the one after the last first
    int f = next < NAME_BYTES.length && isName(next, i, end) ? next : -1;
    for (int k = 0; f < 0 && k < NAME_BYTES.length; k++) if (isName(k, i, end)) f = k;
    if (f < 0 || (seen & (1 << f)) != 0) return -1; // unknown, or named twice: left to RecordJson
    seen |= 1 << f;
    next = f + 1;
    order[fieldCount++] = f;
    return f;
  }

  private boolean isName(int field, int i, int end) {
    byte[] n = NAME_BYTES[field];
    int close = i + n.length;
    return close < end && b[close] == '"' && equal(n, i);
  }

  private boolean equal(byte[] n, int at) {
    for (int k = 0; k < n.length; k++) if (b[at + k] != n[k]) return false;
    return true;
  }

  /** Notes the value at {@code i}; returns the position after it, or -1 when it is not plain. */
  private int value(int field, int i, int end) {
    byte c = b[i];
    if (c == '"') {
      int close = text(i + 1, end);
      if (close < 0) return -1;
      kind[field] = TEXT;
      from[field] = i + 1;
      to[field] = close;
      return close + 1;
    }
    if (c >= '0' && c <= '9') {
      long v = 0;
      int j = i;
      while (j < end && b[j] >= '0' && b[j] <= '9' && j - i < 18) v = v * 10 + (b[j++] - '0');
      if ((j - i > 1 && c == '0') || (j < end && b[j] >= '0' && b[j] <= '9')) return -1;
      kind[field] = NUMBER;
      number[field] = v;
      return j;
    }
    if (c == '[') {
      int j = i + 1;
      if (j < end && b[j] == ']') {
        kind[field] = LIST;
        from[field] = i;
        to[field] = j;
        return j + 1;
      }
      while (true) {
        if (j >= end) return -1;
        if (b[j] == '"') {
          j = text(j + 1, end);
          if (j < 0) return -1;
          j++;
        } else if (b[j] >= '1' && b[j] <= '9') {
          int d = j;
          while (j < end && b[j] >= '0' && b[j] <= '9') j++;
          if (j - d > 9) return -1;
        } else {
          return -1;
        }
        if (j >= end) return -1;
        if (b[j] == ']') break;
        if (b[j++] != ',') return -1;
      }
      kind[field] = LIST;
      from[field] = i;
      to[field] = j;
      return j + 1;
    }
    if (word(i, end, "null")) {
      kind[field] = NULL;
      return i + 4;
    }
    if (word(i, end, "true")) {
      kind[field] = TRUE;
      return i + 4;
    }
    if (word(i, end, "false")) {
      kind[field] = FALSE;
      return i + 5;
    }
    return -1;
  }

  private boolean word(int i, int end, String w) {
    if (i + w.length() > end) return false;
    for (int k = 0; k < w.length(); k++) if (b[i + k] != w.charAt(k)) return false;
    return true;
  }

  /** The closing quote of a string whose text starts at {@code i}; -1 if it is not plain ASCII. */
  private int text(int i, int end) {
    for (int j = i; j < end; j++) {
      byte c = b[j];
      if (c == '"') return j;
      if (c == '\\' || c < 0x20 || c == 0x7f) return -1; // bytes from 0x80 up are negative
    }
    return -1;
  }

  /** Whether the fields make a whole, good record, as {@link RecordJson#decode} would read it. */
  private boolean check() {
    if (!has(TYPE) || kind[TYPE] != TEXT) return false;
    if (is(TYPE, SessionRecord.TYPE)) {
      session = true;
      if ((seen & TRIAGE_ONLY) != 0) return false;
    } else if (is(TYPE, TriageRecord.TYPE)) {
      session = false;
      if ((seen & SESSION_ONLY) != 0) return false;
    } else {
      return false;
    }
    if (has(VERSION)
        && (kind[VERSION] != NUMBER
            || number[VERSION] < 1
            || number[VERSION] > HistoryRecord.CURRENT_VERSION)) return false;
    if (!optionalList(CONDITIONS, true)) return false;
    if (session) {
      if (!has(START) || kind[START] != TEXT) return false;
      startSecond = epochSecond(START);
      if (startSecond == Long.MIN_VALUE) return false;
      if (has(END) && kind[END] != NULL) {
        if (kind[END] != TEXT) return false;
        endSecond = epochSecond(END);
        if (endSecond == Long.MIN_VALUE) return false;
      } else {
        endSecond = startSecond;
        kind[END] = NULL;
      }
      return requiredText(ROUTINE)
          && requiredText(ENDING)
          && optionalText(FILE)
          && (!has(TOTAL_STEPS) || (kind[TOTAL_STEPS] == NUMBER && fitsInt(TOTAL_STEPS)))
          && optionalList(STEPS_DONE, false)
          && optionalList(STEPS_SKIPPED, false)
          && seconds(ACTIVE)
          && seconds(PAUSED)
          && pain(PAIN_BEFORE)
          && pain(PAIN_AFTER);
    }
    if (!has(TIME) || kind[TIME] != TEXT) return false;
    startSecond = epochSecond(TIME);
    endSecond = startSecond;
    return startSecond != Long.MIN_VALUE
        && requiredText(OUTCOME)
        && optionalList(TRIGGERED, true)
        && optionalList(ADVICE, true)
        && (!has(CLEARED)
            || kind[CLEARED] == NULL
            || kind[CLEARED] == TRUE
            || kind[CLEARED] == FALSE)
        && optionalText(SOURCE)
        && optionalText(HEADLINE);
  }

  private boolean has(int field) {
    return (seen & (1 << field)) != 0;
  }

  private boolean is(int field, String text) {
    int n = to[field] - from[field];
    if (n != text.length()) return false;
    for (int k = 0; k < n; k++) if (b[from[field] + k] != text.charAt(k)) return false;
    return true;
  }

  private boolean requiredText(int field) {
    if (!has(field) || kind[field] != TEXT) return false;
    for (int k = from[field]; k < to[field]; k++) if (b[k] != ' ') return true;
    return false; // blank
  }

  private boolean optionalText(int field) {
    return !has(field) || kind[field] == NULL || kind[field] == TEXT;
  }

  /** A list of texts ({@code texts}) or of step numbers (1 or more); absent or null is empty. */
  private boolean optionalList(int field, boolean texts) {
    if (!has(field) || kind[field] == NULL) return true;
    if (kind[field] != LIST) return false;
    int end = to[field];
    for (int k = from[field] + 1; k < end; k++) {
      if (b[k] == '"' != texts) return false;
      if (texts) k = closingQuote(k + 1) + 1;
      else while (k < end && b[k] != ',') k++;
    }
    return true;
  }

  private int closingQuote(int k) {
    while (b[k] != '"') k++;
    return k;
  }

  private boolean fitsInt(int field) {
    return number[field] <= Integer.MAX_VALUE;
  }

  private boolean seconds(int field) {
    return !has(field) || (kind[field] == NUMBER && number[field] <= RecordJson.MAX_SECONDS);
  }

  private boolean pain(int field) {
    return !has(field) || kind[field] == NULL || (kind[field] == NUMBER && number[field] <= 10);
  }

  /**
   * The time in a text field as seconds since the epoch, or Long.MIN_VALUE when it is not in
   * backcare's form or not a real time.
   */
  private long epochSecond(int field) {
    int i = from[field];
    int n = to[field] - i;
    if (n != 20 && n != 25) return Long.MIN_VALUE;
    if (b[i + 4] != '-' || b[i + 7] != '-' || b[i + 10] != 'T' || b[i + 13] != ':')
      return Long.MIN_VALUE;
    if (b[i + 16] != ':') return Long.MIN_VALUE;
    int offset;
    if (n == 20) {
      if (b[i + 19] != 'Z') return Long.MIN_VALUE;
      offset = 0;
    } else {
      byte sign = b[i + 19];
      if ((sign != '+' && sign != '-') || b[i + 22] != ':') return Long.MIN_VALUE;
      int hours = digits(i + 20, 2);
      int minutes = digits(i + 23, 2);
      if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) return Long.MIN_VALUE;
      offset = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
      if (Math.abs(offset) > 18 * 3600) return Long.MIN_VALUE;
    }
    int year = digits(i, 4);
    int month = digits(i + 5, 2);
    int day = digits(i + 8, 2);
    int hour = digits(i + 11, 2);
    int minute = digits(i + 14, 2);
    int second = digits(i + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month))
      return Long.MIN_VALUE;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
      return Long.MIN_VALUE;
    long days = epochDay(year, month, day);
    return days * 86400 + hour * 3600 + minute * 60 + second - offset;
  }

  private int digits(int i, int count) {
    int v = 0;
    for (int k = i; k < i + count; k++) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) return -1;
      v = v * 10 + d;
    }
    return v;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** As {@link java.time.LocalDate#toEpochDay}, for years 0 to 9999. */
  private static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) total -= (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 1 : 2;
    return total - 719528; // days from year 0 to 1970
  }

  /** Whether the scanned line is a session. */
  @Override
  public boolean isSession() {
    return session;
  }

  /** The scanned session's start, or triage's time, in seconds since the epoch. */
  long startSecond() {
    return startSecond;
  }

  /** The scanned session's end (its start when it has none); a triage's time. */
  long endSecond() {
    return endSecond;
  }

  /** The scanned record's "ending" is "skipped" (every step skipped: not in the streak). */
  @Override
  public boolean skipped() {
    return session && is(ENDING, "skipped");
  }

  /** The record the scanned line holds. */
  @Override
  public HistoryRecord record() {
    int version = has(VERSION) ? (int) number[VERSION] : 1;
    if (session) {
      OffsetDateTime start = time(START);
      return new SessionRecord(
          version,
          start,
          kind[END] == NULL ? start : time(END),
          text(ROUTINE),
          text(FILE),
          texts(CONDITIONS),
          has(TOTAL_STEPS) ? (int) number[TOTAL_STEPS] : 0,
          numbers(STEPS_DONE),
          numbers(STEPS_SKIPPED),
          has(ACTIVE) ? number[ACTIVE] : 0,
          has(PAUSED) ? number[PAUSED] : 0,
          text(ENDING),
          whole(PAIN_BEFORE),
          whole(PAIN_AFTER));
    }
    return new TriageRecord(
        version,
        time(TIME),
        text(OUTCOME),
        texts(TRIGGERED),
        texts(CONDITIONS),
        has(CLEARED) && kind[CLEARED] == TRUE,
        text(SOURCE),
        text(HEADLINE),
        texts(ADVICE));
  }

  private OffsetDateTime time(int field) {
    int i = from[field];
    ZoneOffset offset =
        to[field] - i == 20
            ? ZoneOffset.UTC
            : ZoneOffset.ofTotalSeconds(
                (b[i + 19] == '-' ? -1 : 1) * (digits(i + 20, 2) * 3600 + digits(i + 23, 2) * 60));
    return OffsetDateTime.of(
        digits(i, 4),
        digits(i + 5, 2),
        digits(i + 8, 2),
        digits(i + 11, 2),
        digits(i + 14, 2),
        digits(i + 17, 2),
        0,
        offset);
  }

  private String text(int field) {
    if (!has(field) || kind[field] != TEXT) return null;
    return interner.text(b, from[field], to[field]);
  }

  private Integer whole(int field) {
    return !has(field) || kind[field] != NUMBER ? null : (int) number[field];
  }

  private List<String> texts(int field) {
    if (!has(field) || kind[field] != LIST || to[field] == from[field] + 1) return List.of();
    int count = 0;
    for (int k = from[field] + 1; k < to[field]; k = closingQuote(k + 1) + 2) count++;
    String[] items = new String[count];
    int n = 0;
    for (int k = from[field] + 1; k < to[field]; ) {
      int close = closingQuote(k + 1);
      items[n++] = interner.text(b, k + 1, close);
      k = close + 2;
    }
    return List.of(items);
  }

  private List<Integer> numbers(int field) {
    if (!has(field) || kind[field] != LIST || to[field] == from[field] + 1) return List.of();
    int count = 1;
    for (int k = from[field] + 1; k < to[field]; k++) if (b[k] == ',') count++;
    Integer[] items = new Integer[count];
    int n = 0;
    int v = 0;
    for (int k = from[field] + 1; k <= to[field]; k++) {
      if (k == to[field] || b[k] == ',') {
        items[n++] = v;
        v = 0;
      } else {
        v = v * 10 + (b[k] - '0');
      }
    }
    return List.of(items);
  }

  private static int bits(int... fields) {
    int m = 0;
    for (int f : fields) m |= 1 << f;
    return m;
  }

  /**
   * The same few texts recur on every line (routine ids, endings, conditions): each is made once
   * and handed out again while it stays in its slot.
   */
  private static final class Interner {
    private final String[] slots = new String[256];

    String text(byte[] b, int start, int end) {
      int n = end - start;
      if (n > 64) return new String(b, start, n, java.nio.charset.StandardCharsets.US_ASCII);
      int h = n;
      for (int k = start; k < end; k++) h = 31 * h + b[k];
      int slot = (h ^ (h >>> 8)) & (slots.length - 1);
      String s = slots[slot];
      if (s != null && s.length() == n) {
        boolean same = true;
        for (int k = 0; k < n && same; k++) same = s.charAt(k) == b[start + k];
        if (same) return s;
      }
      s = new String(b, start, n, java.nio.charset.StandardCharsets.US_ASCII);
      slots[slot] = s;
      return s;
    }
  }

  // What the figures and the data formats read straight from a scanned line (ReadRecord), and the
  // line's own bytes when they are what RecordJson writes (canonical), for a format to copy.

  /** The scanned line: b[lineFrom..lineTo). */
  private int lineFrom;

  private int lineTo;

  @Override
  public long timeSecond() {
    return startSecond;
  }

  @Override
  public long activeSeconds() {
    return session && has(ACTIVE) ? number[ACTIVE] : 0;
  }

  @Override
  public int painBefore() {
    return painOf(PAIN_BEFORE);
  }

  @Override
  public int painAfter() {
    return painOf(PAIN_AFTER);
  }

  private int painOf(int field) {
    return session && has(field) && kind[field] == NUMBER ? (int) number[field] : NO_PAIN;
  }

  /** A session's fields, and a triage's, as positions, in the order RecordJson writes them. */
  private static final int[] SESSION_ORDER = positions(RecordJson.SESSION_FIELDS);

  private static final int[] TRIAGE_ORDER = positions(RecordJson.TRIAGE_FIELDS);

  /** The fields a triage line leaves out when empty (RecordJson.fields); each is the last ones. */
  private static final int TRIAGE_REQUIRED = TRIAGE_ORDER.length - 3;

  private static int[] positions(List<String> fields) {
    int[] p = new int[fields.size()];
    for (int i = 0; i < p.length; i++) p[i] = position(fields.get(i));
    return p;
  }

  /**
   * This line when {@link RecordJson#encode} of its record gives back its bytes: every field it
   * writes, in its order, each value as it writes it (no null for an empty list, a time in its
   * form), nothing else. Nearly every line backcare wrote is; a property test holds the two
   * together.
   */
  @Override
  public PlainLine canonical() {
    int[] want = session ? SESSION_ORDER : TRIAGE_ORDER;
    int required = session ? want.length : TRIAGE_REQUIRED;
    if (fieldCount < required) return null;
    int optional = required; // the optional fields come after, each at most once, in their order
    for (int i = 0; i < fieldCount; i++) {
      int f = order[i];
      if (i < required) {
        if (f != want[i]) return null;
      } else {
        while (optional < want.length && want[optional] != f) optional++;
        if (optional++ == want.length) return null;
      }
      if (!canonicalValue(f)) return null;
    }
    return this;
  }

  private boolean canonicalValue(int f) {
    if (f == START || f == END || f == TIME) return kind[f] == TEXT && canonicalTime(f);
    if (f == FILE || f == PAIN_BEFORE || f == PAIN_AFTER)
      return kind[f] == NULL || kind[f] == (f == FILE ? TEXT : NUMBER);
    if (f == SOURCE || f == HEADLINE) return kind[f] == TEXT; // absent when null
    if (f == ADVICE) return kind[f] == LIST && to[f] > from[f] + 1; // absent when empty
    if (f == CONDITIONS || f == TRIGGERED || f == STEPS_DONE || f == STEPS_SKIPPED)
      return kind[f] == LIST;
    if (f == CLEARED) return kind[f] == TRUE || kind[f] == FALSE;
    if (f == TYPE || f == ROUTINE || f == OUTCOME || f == ENDING) return kind[f] == TEXT;
    return kind[f] == NUMBER; // version, totalSteps, activeSeconds, pausedSeconds
  }

  /** A time as IsoTime writes it: Z for UTC, never +00:00. */
  private boolean canonicalTime(int field) {
    int i = from[field];
    if (to[field] - i == 20) return true;
    return digits(i + 20, 2) != 0 || digits(i + 23, 2) != 0;
  }

  /** The names as JSON, made once. */
  private static final SerializableString[] JSON_NAMES = new SerializableString[NAMES.length];

  static {
    for (int i = 0; i < NAMES.length; i++) JSON_NAMES[i] = new SerializedString(NAMES[i]);
  }

  /**
   * Writes the scanned line's record as its next JSON value, from the line's bytes: for a {@link
   * #canonical} line the same output as {@code out.value(RecordJson.fields(record()))}.
   */
  void writeJson(JsonOut out) {
    out.startObject();
    for (int i = 0; i < fieldCount; i++) {
      int f = order[i];
      out.name(JSON_NAMES[f]);
      switch (kind[f]) {
        case TEXT -> out.asciiText(b, from[f], to[f]);
        case NUMBER -> out.number(number[f]);
        case NULL -> out.nullValue();
        case TRUE -> out.bool(true);
        case FALSE -> out.bool(false);
        default -> writeList(out, f);
      }
    }
    out.endObject();
  }

  private void writeList(JsonOut out, int f) {
    out.startArray();
    int end = to[f];
    for (int k = from[f] + 1; k < end; ) {
      if (b[k] == '"') {
        int close = closingQuote(k + 1);
        out.asciiText(b, k + 1, close);
        k = close + 2;
      } else {
        long v = 0;
        while (k < end && b[k] != ',') v = v * 10 + (b[k++] - '0');
        out.number(v);
        k++;
      }
    }
    out.endArray();
  }

  /** The scanned line's bytes: the array, valid only until the next scan, and where it is. */
  byte[] bytes() {
    return b;
  }

  int lineFrom() {
    return lineFrom;
  }

  int lineTo() {
    return lineTo;
  }

  /**
   * Appends the scanned session's CSV cell for {@code field} (a text as it is, a list's items
   * joined by ';', a number, nothing for null) as {@link DataFormats#csv} writes it from the
   * record: a plain text has no quote, line break or control character, so only a comma makes it
   * quoted.
   */
  void csvCell(int field, CsvRow row) {
    if (!has(field)) return;
    int start = from[field];
    int end = to[field];
    switch (kind[field]) {
      case TEXT -> {
        boolean quoted = contains(start, end, (byte) ',');
        if (quoted) row.put((byte) '"');
        row.put(b, start, end);
        if (quoted) row.put((byte) '"');
      }
      case NUMBER -> row.number(number[field]);
      case LIST -> {
        boolean quoted = b[start + 1] == '"' && listTextsHaveComma(start, end);
        if (quoted) row.put((byte) '"');
        for (int k = start + 1; k < end; k++) {
          byte c = b[k];
          if (c == '"') {
            int close = closingQuote(k + 1);
            row.put(b, k + 1, close);
            k = close; // the ',' after it, if any, is the separator
          } else {
            row.put(c == ',' ? (byte) ';' : c);
          }
        }
        if (quoted) row.put((byte) '"');
      }
      default -> {} // null: an empty cell
    }
  }

  /** The field's position, for {@link #csvCell}. */
  static int field(String name) {
    return position(name);
  }

  private boolean contains(int start, int end, byte c) {
    for (int k = start; k < end; k++) if (b[k] == c) return true;
    return false;
  }

  private boolean listTextsHaveComma(int start, int end) {
    for (int k = start + 1; k < end; ) {
      int close = closingQuote(k + 1);
      if (contains(k + 1, close, (byte) ',')) return true;
      k = close + 2;
    }
    return false;
  }
}
