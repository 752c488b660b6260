package backcare.console;

/**
 * The sounds of a routine: a short tick for each of the last three seconds of a hold, and a chime
 * at each change.
 */
public interface Sounds {
  void tick();

  void change();

  /** --quiet. */
  Sounds NONE =
      new Sounds() {
        @Override
        public void tick() {}

        @Override
        public void change() {}
      };

  /** The terminal's bell for both: all a terminal can do without a sound player. */
  static Sounds bell(Screen screen) {
    return new Sounds() {
      @Override
      public void tick() {
        screen.bell();
      }

      @Override
      public void change() {
        screen.bell();
      }
    };
  }
}
