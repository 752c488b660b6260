package backcare.console;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.session.Control;
import backcare.session.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyControlsTest {
  private static final long S = 1_000_000_000L;
  private final FakeClock clock = new FakeClock();
  private final long start = clock.nanoTime();
  private final ScriptedScreen screen = new ScriptedScreen(clock, 80, 30);
  private final List<String> ui = new ArrayList<>();
  private final KeyControls controls =
      new KeyControls(
          clock,
          screen,
          new KeyControls.Ui() {
            @Override
            public void toggleHelp() {
              ui.add("help");
            }

            @Override
            public void redraw() {
              ui.add("redraw " + screen.width() + "x" + screen.height());
            }

            @Override
            public void unknownKey() {
              ui.add("unknown");
            }
          });

  private double elapsed() {
    return (clock.nanoTime() - start) / (double) S;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "space,        ' ',                PAUSE",
    "n,            n,                  NEXT",
    "N,            N,                  NEXT",
    "right arrow,  '\u001b[C',         NEXT",
    "right (application mode), '\u001bOC', NEXT",
    "ctrl-right,   '\u001b[1;5C',      NEXT",
    "p,            p,                  PREVIOUS",
    "left arrow,   '\u001b[D',         PREVIOUS",
    "left (application mode), '\u001bOD', PREVIOUS",
    "q,            q,                  QUIT",
    "x,            x,                  HURT",
    "ctrl-c,       '\u0003',           INTERRUPT",
  })
  void eachKeyIsAControlAtTheMomentItIsPressed(String name, String keys, Control expected)
      throws Exception {
    screen.key(2.25, keys);
    assertThat(controls.await(start + 10 * S)).isEqualTo(expected);
    assertThat(elapsed()).isEqualTo(2.25);
  }

  @Test
  void withoutAKeyItReturnsExactlyAtTheDeadline() throws Exception {
    long deadline = start + 3 * S + 123_456; // not a whole millisecond
    assertThat(controls.await(deadline)).isNull();
    assertThat(clock.nanoTime()).isEqualTo(deadline);
  }

  @Test
  void aKeyAfterTheDeadlineWaitsForTheNextCall() throws Exception {
    screen.key(5, "q");
    assertThat(controls.await(start + 4 * S)).isNull();
    assertThat(controls.await(start + 10 * S)).isEqualTo(Control.QUIT);
    assertThat(elapsed()).isEqualTo(5.0);
  }

  @Test
  void helpAndUnknownKeysAreHandledWithoutStoppingTheClock() throws Exception {
    screen.key(1, "?").key(2, "z").key(3, "\u001b").key(4, "?");
    assertThat(controls.await(start + 6 * S)).isNull();
    assertThat(elapsed()).isEqualTo(6.0);
    assertThat(ui).containsExactly("help", "unknown", "unknown", "help");
  }

  @Test
  void aResizeRedrawsWithinAPoll() throws Exception {
    screen.resize(1.5, 40, 12);
    assertThat(controls.await(start + 3 * S)).isNull();
    assertThat(ui).containsExactly("redraw 40x12");
  }

  @Test
  void aClosedTerminalOrASignalEndsAsCtrlCDoes() throws Exception {
    screen.hangUp(2);
    assertThat(controls.await(start + 10 * S)).isEqualTo(Control.INTERRUPT);

    ScriptedScreen other = new ScriptedScreen(clock, 80, 30).signal(1);
    KeyControls c = new KeyControls(clock, other, null);
    assertThat(c.await(clock.nanoTime() + 10 * S)).isEqualTo(Control.INTERRUPT);
  }
}
