package backcare.json;

/** What JsonOut writes onto bytes, from what it writes onto characters. */
public final class OntoBytes {
  private OntoBytes() {}

  /**
   * {@code json} as JsonOut writes it onto bytes: each lone surrogate, which UTF-8 cannot hold, as
   * its {@code \}{@code uXXXX} escape; everything else the same.
   */
  public static String escapeLoneSurrogates(String json) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1))) {
        b.append(c).append(json.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
