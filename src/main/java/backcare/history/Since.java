package backcare.history;

import backcare.BadInputException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --since} grammar: a whole number and a unit, {@code h} hours, {@code d} days or {@code
 * w} weeks (12h, 30d, 2w; 1 to 99999), counted back from now; or a date, {@code YYYY-MM-DD},
 * meaning from the start of that day in the user's time zone. Days and weeks are calendar days, so
 * "30d" at 09:00 means from 09:00 thirty days ago even across a clock change.
 */
public final class Since {
  private static final Pattern AMOUNT = Pattern.compile("(\\d{1,5})\\s*([a-zA-Z]+)");
  private static final String FORMS =
      "give a number and a unit (h hours, d days, w weeks), like 12h, 30d or 2w,"
          + " or a date like 2024-05-01";

  private Since() {}

  public static ZonedDateTime parse(String text, ZonedDateTime now) {
    String t = text == null ? "" : text.trim();
    if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return LocalDate.parse(t).atStartOfDay(now.getZone());
      } catch (DateTimeParseException e) {
        throw new BadInputException("--since " + text + ": no such date; " + FORMS);
      }
    }
    Matcher m = AMOUNT.matcher(t);
    if (!m.matches()) throw new BadInputException("--since \"" + text + "\": " + FORMS);
    int n = Integer.parseInt(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    if (n == 0)
      throw new BadInputException("--since " + text + ": the number must be 1 or more; " + FORMS);
    return switch (unit) {
      case "h" -> now.minusHours(n);
      case "d" -> now.minusDays(n);
      case "w" -> now.minusWeeks(n);
      case "m" ->
          throw new BadInputException(
              "--since "
                  + text
                  + ": \"m\" could mean minutes or months;"
                  + " use days or weeks instead, like "
                  + (n * 30)
                  + "d or "
                  + (n * 4)
                  + "w");
      default ->
          throw new BadInputException(
              "--since " + text + ": unknown unit \"" + m.group(2) + "\"; " + FORMS);
    };
  }
}
