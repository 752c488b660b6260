package backcare.history;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The history's times, {@code 2024-05-06T07:30:00+02:00}, read and written by hand in the one form
 * backcare writes: java.time's formatters cost milliseconds to set up at every start of `routine`
 * and `triage` (docs/performance.md). Any other ISO-8601 form is still read, by the formatter.
 */
final class IsoTime {
  private IsoTime() {}

  static String format(OffsetDateTime t) {
    StringBuilder b = new StringBuilder(25);
    int year = t.getYear();
    if (year < 0 || year > 9999)
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withNano(0));
    pad(b, year, 4).append('-');
    pad(b, t.getMonthValue(), 2).append('-');
    pad(b, t.getDayOfMonth(), 2).append('T');
    pad(b, t.getHour(), 2).append(':');
    pad(b, t.getMinute(), 2).append(':');
    pad(b, t.getSecond(), 2);
    int offset = t.getOffset().getTotalSeconds();
    if (offset == 0) return b.append('Z').toString();
    b.append(offset < 0 ? '-' : '+');
    int abs = Math.abs(offset);
    pad(b, abs / 3600, 2).append(':');
    pad(b, abs / 60 % 60, 2);
    if (abs % 60 != 0) pad(b.append(':'), abs % 60, 2);
    return b.toString();
  }

  static OffsetDateTime parse(String s) {
    // yyyy-MM-ddTHH:mm:ss followed by Z or +HH:MM / -HH:MM
    if ((s.length() == 20 || s.length() == 25)
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && s.charAt(10) == 'T'
        && s.charAt(13) == ':'
        && s.charAt(16) == ':') {
      try {
        ZoneOffset offset;
        if (s.length() == 20 && s.charAt(19) == 'Z') {
          offset = ZoneOffset.UTC;
        } else if (s.length() == 25
            && (s.charAt(19) == '+' || s.charAt(19) == '-')
            && s.charAt(22) == ':') {
          int sign = s.charAt(19) == '-' ? -1 : 1;
          offset = ZoneOffset.ofHoursMinutes(sign * digits(s, 20, 2), sign * digits(s, 23, 2));
        } else {
          return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return OffsetDateTime.of(
            digits(s, 0, 4),
            digits(s, 5, 2),
            digits(s, 8, 2),
            digits(s, 11, 2),
            digits(s, 14, 2),
            digits(s, 17, 2),
            0,
            offset);
      } catch (DateTimeException | NumberFormatException e) {
        throw new DateTimeParseException("not an ISO-8601 time with an offset", s, 0);
      }
    }
    return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') throw new NumberFormatException(s);
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static StringBuilder pad(StringBuilder b, int v, int width) {
    String d = Integer.toString(v);
    for (int i = d.length(); i < width; i++) b.append('0');
    return b.append(d);
  }
}
