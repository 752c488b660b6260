package backcare.history;

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

  /** Each field as it starts on a line, {@code "name":}. */
  private static final byte[][] FIELD_STARTS = new byte[NAMES.length][];

  private static final int FIELD_COUNT = NAMES.length;

  private static final byte[] NO_FIELD = {};

  static {
    for (int i = 0; i < NAMES.length; i++) FIELD_STARTS[i] = ascii("\"" + NAMES[i] + "\":");
  }

  /** The fields that hold a time. */
  private static final int TIMES = bits(START, END, TIME);

  /** A time's first 19 characters in backcare's form, '0' for any digit. */
  private static final byte[] TIME_FORM = ascii("0000-00-00T00:00:00");

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

  /** Whether each field came where NAMES has it, from the first on. */
  private boolean inOrder;

  /** The lists (as bits) that hold only texts, and those that hold only numbers; empty is both. */
  private int textLists;

  private int numberLists;

  /** The texts (as bits) that hold a comma, and the lists with a text that does. */
  private int commas;

  /** The date of the last time read, as yyyymmdd, and its day since the epoch. */
  private int lastDate = -1;

  private long lastDays;

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
   * fields are then noted (see {@link #startSecond}, {@link #skipped}, {@link #record}).
   */
  boolean scan(byte[] bytes, int start, int end) {
    return fields(bytes, start, end) == end && check();
  }

  /**
   * As {@link #scan}, for a line that starts at {@code start} and whose end is not yet known: a
   * good record in the plain form ends with its '}' and then a newline, and none of its bytes is a
   * newline, so the one pass over its bytes finds where it ends. Returns the line's length (the
   * newline's position minus {@code start}) when the line is a good record whose newline comes
   * before {@code limit}; else -1, and the line is anything else, or goes on past {@code limit}.
   */
  int scanLine(byte[] bytes, int start, int limit) {
    int end = fields(bytes, start, limit);
    return end >= 0 && end < limit && bytes[end] == '\n' && check() ? end - start : -1;
  }

  /**
   * Notes the fields of the object at {@code start}, reading no further than {@code limit}: the
   * position after its closing '}', or -1 when it is not one object of known fields, each once,
   * with plain values. One pass: each byte is looked at once (the times are read as they are met, a
   * list notes what it holds), in locals, with few calls (C1, which runs backcare, inlines little).
   */
  private int fields(byte[] bytes, int start, int limit) {
    b = bytes;
    byte[] kind = this.kind;
    int[] from = this.from;
    int[] to = this.to;
    long[] number = this.number;
    int seen = 0;
    fieldCount = 0;
    lineFrom = start;
    textLists = 0;
    numberLists = 0;
    commas = 0;
    if (start >= limit || bytes[start] != '{') return -1;
    int i = start + 1;
    int f = 0; // backcare writes a session's fields in the order of NAMES: try the next one first
    boolean inOrder = true;
    while (true) {
      // the expected field's whole "name": compared here, not in a call; any other looked up
      byte[] expected = f < FIELD_COUNT ? FIELD_STARTS[f] : NO_FIELD;
      int n = expected.length;
      int k = 0;
      if (i + n <= limit) while (k < n && bytes[i + k] == expected[k]) k++;
      if (k == n && n > 0) {
        i += n;
      } else {
        f = field(bytes, i, limit);
        if (f < 0) return -1;
        inOrder = false;
        i += FIELD_STARTS[f].length;
      }
      int bit = 1 << f;
      if ((seen & bit) != 0) return -1; // named twice: left to RecordJson
      seen |= bit;
      order[fieldCount++] = f;
      if (i >= limit) return -1;
      byte c = bytes[i];
      if (c == '"') {
        if ((bit & TIMES) != 0) {
          i = readTime(f, i, limit);
          if (i < 0) return -1;
        } else {
          int j = ++i;
          while (j < limit) {
            byte t = bytes[j];
            if (t < '-') { // a quote, a comma, a control byte or one from 0x80 up (negative), ...
              if (t == '"') break;
              if (t < 0x20) return -1;
              if (t == ',') commas |= bit;
            } else if (t == '\\' || t == 0x7f) {
              return -1;
            }
            j++;
          }
          if (j >= limit) return -1;
          kind[f] = TEXT;
          from[f] = i;
          to[f] = j;
          i = j + 1;
        }
      } else if (c >= '0' && c <= '9') {
        long v = (long) c - '0';
        int j = i + 1;
        while (j < limit) {
          int d = bytes[j] - '0';
          if (d < 0 || d > 9) break;
          if (j - i == 18 || c == '0') return -1; // past what a long surely holds, or a leading 0
          v = v * 10 + d;
          j++;
        }
        kind[f] = NUMBER;
        number[f] = v;
        from[f] = i; // its digits, for a format that copies them
        to[f] = j;
        i = j;
      } else if (c == '[') {
        i = list(f, i, limit);
        if (i < 0) return -1;
      } else {
        i = word(f, i, limit);
        if (i < 0) return -1;
      }
      if (i >= limit) return -1;
      c = bytes[i++];
      if (c == '}') {
        this.seen = seen;
        this.inOrder = inOrder;
        lineTo = i;
        return i;
      }
      if (c != ',') return -1;
      f++;
    }
  }

  private static boolean startsWith(byte[] bytes, int i, int limit, byte[] prefix) {
    int n = prefix.length;
    if (i + n > limit) return false;
    for (int k = 0; k < n; k++) if (bytes[i + k] != prefix[k]) return false;
    return true;
  }

  /** The field whose {@code "name":} starts at {@code i}; else -1. */
  private static int field(byte[] bytes, int i, int limit) {
    for (int f = 0; f < FIELD_COUNT; f++)
      if (startsWith(bytes, i, limit, FIELD_STARTS[f])) return f;
    return -1;
  }

  /**
   * Notes the list at {@code i} (its '['): texts, or step numbers (1 or more), or empty; returns
   * the position after its ']', or -1 when it is anything else.
   */
  private int list(int field, int i, int limit) {
    byte[] b = this.b;
    int j = i + 1;
    boolean texts = false;
    boolean numbers = false;
    if (j < limit && b[j] != ']') {
      while (true) {
        if (j >= limit) return -1;
        byte c = b[j];
        if (c == '"') {
          texts = true;
          j++;
          while (j < limit && (c = b[j]) != '"') {
            if (c < 0x20 || c == '\\' || c == 0x7f) return -1;
            if (c == ',') commas |= 1 << field;
            j++;
          }
          j++;
        } else if (c >= '1' && c <= '9') {
          numbers = true;
          int d = j;
          while (j < limit && b[j] >= '0' && b[j] <= '9') j++;
          if (j - d > 9) return -1;
        } else {
          return -1;
        }
        if (j >= limit) return -1;
        if (b[j] == ']') break;
        if (b[j++] != ',') return -1;
      }
    }
    if (j >= limit) return -1;
    int bit = 1 << field;
    if (!numbers) textLists |= bit;
    if (!texts) numberLists |= bit;
    kind[field] = LIST;
    from[field] = i;
    to[field] = j;
    return j + 1;
  }

  /** Notes the null, true or false at {@code i}; returns the position after it, or -1. */
  private int word(int field, int i, int limit) {
    if (startsWith(b, i, limit, NULL_WORD)) {
      kind[field] = NULL;
      return i + 4;
    }
    if (startsWith(b, i, limit, TRUE_WORD)) {
      kind[field] = TRUE;
      return i + 4;
    }
    if (startsWith(b, i, limit, FALSE_WORD)) {
      kind[field] = FALSE;
      return i + 5;
    }
    return -1;
  }

  private static final byte[] NULL_WORD = ascii("null");
  private static final byte[] TRUE_WORD = ascii("true");
  private static final byte[] FALSE_WORD = ascii("false");

  /**
   * Notes the time at {@code i} (its opening quote) when it is in backcare's form ({@code
   * 2024-05-06T07:30:00Z} or with {@code +HH:MM}) and a real time: as a text, and its second since
   * the epoch as the field's number. Returns the position after its closing quote, or -1 (any other
   * text in a time's field is declined anyway).
   */
  private int readTime(int field, int i, int limit) {
    byte[] b = this.b;
    int t = i + 1;
    if (t + 20 >= limit) return -1;
    for (int k = 0; k < TIME_FORM.length; k++) {
      byte c = b[t + k];
      byte form = TIME_FORM[k];
      if (form == '0' ? c < '0' || c > '9' : c != form) return -1;
    }
    int offset;
    int close;
    if (b[t + 19] == 'Z') {
      offset = 0;
      close = t + 20;
    } else {
      close = t + 25;
      if (close >= limit) return -1;
      byte sign = b[t + 19];
      if ((sign != '+' && sign != '-') || b[t + 22] != ':') return -1;
      if (!digit(b[t + 20]) || !digit(b[t + 21]) || !digit(b[t + 23]) || !digit(b[t + 24]))
        return -1;
      int hours = two(b, t + 20);
      int minutes = two(b, t + 23);
      if (hours > 18 || minutes > 59) return -1;
      offset = hours * 3600 + minutes * 60;
      if (offset > 18 * 3600) return -1;
      if (sign == '-') offset = -offset;
    }
    if (b[close] != '"') return -1;
    int hour = two(b, t + 11);
    int minute = two(b, t + 14);
    int second = two(b, t + 17);
    if (hour > 23 || minute > 59 || second > 59) return -1;
    int year = two(b, t) * 100 + two(b, t + 2);
    int month = two(b, t + 5);
    int day = two(b, t + 8);
    int date = year * 10000 + month * 100 + day;
    if (date != lastDate) { // records come in time order: most share the line before's day
      if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) return -1;
      lastDays = epochDay(year, month, day);
      lastDate = date;
    }
    kind[field] = TEXT;
    from[field] = t;
    to[field] = close;
    number[field] = lastDays * 86400 + hour * 3600L + minute * 60L + second - offset;
    return close + 1;
  }

  private static boolean digit(byte c) {
    return c >= '0' && c <= '9';
  }

  /** The two digits at {@code i}, known to be digits. */
  private static int two(byte[] b, int i) {
    return b[i] * 10 + b[i + 1] - '0' * 11;
  }

  /** Whether the fields make a whole, good record, as {@link RecordJson#decode} would read it. */
  private boolean check() {
    if (!has(TYPE) || kind[TYPE] != TEXT) return false;
    if (is(TYPE, SESSION)) {
      session = true;
      if ((seen & TRIAGE_ONLY) != 0) return false;
    } else if (is(TYPE, TRIAGE)) {
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
    // a time's field holds a good time when it is a text (fields() declines any other text)
    if (session) {
      if (!has(START) || kind[START] != TEXT) return false;
      startSecond = number[START];
      if (has(END) && kind[END] != NULL) {
        if (kind[END] != TEXT) return false;
        endSecond = number[END];
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
    startSecond = number[TIME];
    endSecond = startSecond;
    return requiredText(OUTCOME)
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

  private boolean is(int field, byte[] text) {
    return to[field] - from[field] == text.length && startsWith(b, from[field], to[field], text);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static final byte[] SESSION = ascii(SessionRecord.TYPE);
  private static final byte[] TRIAGE = ascii(TriageRecord.TYPE);
  private static final byte[] SKIPPED = ascii("skipped");

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
    return kind[field] == LIST && ((texts ? textLists : numberLists) & (1 << field)) != 0;
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
    return session && is(ENDING, SKIPPED);
  }

  /** The scanned record's "ending" is "stopped-for-pain". */
  @Override
  public boolean stoppedForPain() {
    return session && is(ENDING, STOPPED_FOR_PAIN);
  }

  private static final byte[] STOPPED_FOR_PAIN =
      ascii(backcare.session.Ending.STOPPED_FOR_PAIN.id());

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

  /** A plain line's times are whole seconds. */
  @Override
  public long timeNanos() {
    return startSecond * NANOS;
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

  static {
    for (int i = 0; i < SESSION_ORDER.length; i++)
      if (SESSION_ORDER[i] != i) throw new IllegalStateException("NAMES must start as a session's");
  }

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
    if (session
        && inOrder
        && fieldCount == SESSION_ORDER.length) { // as NAMES, as RecordJson: 0, 1, ...
      for (int f = 0; f < fieldCount; f++) if (!canonicalValue(f)) return null;
      return this;
    }
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
    if ((CANONICAL_KINDS[f] & (1 << kind[f])) == 0) return false;
    if (f == START || f == END || f == TIME) return canonicalTime(f);
    return f != ADVICE || to[f] > from[f] + 1; // advice is left out when empty
  }

  /**
   * The kinds of value RecordJson writes for each field, as bits: null only where it writes null
   * (file, the pains), never for a list (an empty one is []) nor for source and headline (left out
   * when null).
   */
  private static final int[] CANONICAL_KINDS = new int[NAMES.length];

  static {
    java.util.Arrays.fill(CANONICAL_KINDS, 1 << NUMBER); // version, the steps and seconds
    for (int f : new int[] {TYPE, START, END, TIME, ROUTINE, OUTCOME, ENDING, SOURCE, HEADLINE})
      CANONICAL_KINDS[f] = 1 << TEXT;
    for (int f : new int[] {CONDITIONS, TRIGGERED, STEPS_DONE, STEPS_SKIPPED, ADVICE})
      CANONICAL_KINDS[f] = 1 << LIST;
    CANONICAL_KINDS[FILE] = 1 << NULL | 1 << TEXT;
    CANONICAL_KINDS[PAIN_BEFORE] = 1 << NULL | 1 << NUMBER;
    CANONICAL_KINDS[PAIN_AFTER] = 1 << NULL | 1 << NUMBER;
    CANONICAL_KINDS[CLEARED] = 1 << TRUE | 1 << FALSE;
  }

  /** A time as IsoTime writes it: Z for UTC, never +00:00. */
  private boolean canonicalTime(int field) {
    int i = from[field];
    if (to[field] - i == 20) return true;
    return digits(i + 20, 2) != 0 || digits(i + 23, 2) != 0;
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
   * Appends the scanned session's CSV row: a cell for each of {@code fields}, comma-separated (a
   * text as it is, a list's items joined by ';', a number, nothing for null), as {@link
   * DataFormats#csv} writes it from the record: a plain text has no quote, line break or control
   * character, so only a comma makes it quoted. Bytes go straight into the row's buffer: a row is
   * shorter than its line but for the quotes.
   */
  void csvRow(int[] fields, CsvRow row) {
    byte[] b = this.b;
    byte[] out = row.room(lineTo - lineFrom + 2 * fields.length);
    int n = row.size();
    for (int c = 0; c < fields.length; c++) {
      if (c > 0) out[n++] = ',';
      int field = fields[c];
      if (!has(field)) continue;
      int start = from[field];
      int end = to[field];
      switch (kind[field]) {
        case TEXT -> {
          boolean quoted = (commas & 1 << field) != 0;
          if (quoted) out[n++] = '"';
          for (int k = start; k < end; k++) out[n++] = b[k];
          if (quoted) out[n++] = '"';
        }
        case NUMBER -> { // its digits, as the line has them
          for (int k = start; k < end; k++) out[n++] = b[k];
        }
        case LIST -> {
          boolean quoted = (commas & 1 << field) != 0;
          if (quoted) out[n++] = '"';
          for (int k = start + 1; k < end; k++) {
            byte x = b[k];
            if (x == '"') {
              int close = closingQuote(k + 1);
              for (int j = k + 1; j < close; j++) out[n++] = b[j];
              k = close; // the ',' after it, if any, is the separator
            } else {
              out[n++] = x == ',' ? (byte) ';' : x;
            }
          }
          if (quoted) out[n++] = '"';
        }
        default -> {} // null: an empty cell
      }
    }
    row.size(n);
  }

  /** The field's position, for {@link #csvRow}. */
  static int field(String name) {
    return position(name);
  }
}
