package backcare.session;

/** What the user can ask of a running routine (keys in a terminal, signals otherwise). */
public enum Control {
  /** Pause, or resume when paused. */
  PAUSE,
  NEXT,
  PREVIOUS,
  QUIT,
  /** "Stop, this hurts": end at once with the advice for pain during a stretch. */
  HURT,
  /** Ctrl-C or a closed terminal. */
  INTERRUPT
}
