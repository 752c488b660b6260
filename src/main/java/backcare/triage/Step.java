package backcare.triage;

import java.util.List;

/**
 * One step of the interactive interview: a single question, or a group of related questions asked
 * together ("do any of these apply?") and drilled into only on yes. A no to a group is an explicit
 * no from the user to every question listed in it.
 *
 * @param id a name for the step (groups only; a single question's id otherwise)
 * @param ask the group's lead-in, shown above the list of its questions (null for singles)
 * @param help why we ask, for the whole group (null for singles: the question's help is used)
 * @param questions the questions, most urgent first
 */
public record Step(String id, String ask, String help, List<Question> questions) {
  public boolean isGroup() {
    return questions.size() > 1;
  }
}
