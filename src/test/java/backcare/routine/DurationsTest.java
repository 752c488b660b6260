package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void parsesEveryWrittenForm() {
        assertThat(Durations.parse("30s")).contains(30);
        assertThat(Durations.parse("1m")).contains(60);
        assertThat(Durations.parse("1m30s")).contains(90);
        assertThat(Durations.parse("45")).contains(45);
        assertThat(Durations.parse(" 2m ")).contains(120);
    }

    @Test
    void refusesWhatIsNotADuration() {
        assertThat(Durations.parse("-5s")).isEmpty();
        assertThat(Durations.parse("-5")).isEmpty();
        assertThat(Durations.parse("")).isEmpty();
        assertThat(Durations.parse("1h")).isEmpty();
        assertThat(Durations.parse("30 s")).isEmpty();
        assertThat(Durations.parse("s")).isEmpty();
        assertThat(Durations.parse("1.5m")).isEmpty();
    }

    @Test
    void formatsForPeople() {
        assertThat(Durations.format(45)).isEqualTo("45s");
        assertThat(Durations.format(60)).isEqualTo("1m");
        assertThat(Durations.format(90)).isEqualTo("1m30s");
        assertThat(Durations.clock(0)).isEqualTo("00:00");
        assertThat(Durations.clock(605)).isEqualTo("10:05");
    }
}
