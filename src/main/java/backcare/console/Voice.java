package backcare.console;

/** Speaks short phrases without holding up the caller (--voice). */
public interface Voice extends AutoCloseable {
  void say(String phrase);

  /** Lets the last phrases start, briefly; never throws. */
  @Override
  default void close() {}

  Voice NONE = phrase -> {};
}
