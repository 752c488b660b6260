package backcare.report;

import backcare.history.SessionRecord;
import java.util.List;

/**
 * What the report needs to know beyond the history: the plain words of a triage answer, the title
 * of a routine, and which exercises a session's done steps were. The command answers from the
 * triage questions and the routine library; {@link #NONE} knows nothing (ids are shown as they
 * are).
 */
public interface ReportContent {
  /** What a yes to this question means, in plain words; null when the id is not known. */
  String answerWords(String questionId);

  /** The routine's title; null when it is not known (a routine since deleted). */
  String routineTitle(String routineId);

  /**
   * The exercises of the steps the session did, one per step done; empty when they cannot be told.
   */
  List<ExerciseRef> exercisesDone(SessionRecord session);

  /** An exercise by id and name. */
  record ExerciseRef(String id, String name) {}

  ReportContent NONE =
      new ReportContent() {
        @Override
        public String answerWords(String questionId) {
          return null;
        }

        @Override
        public String routineTitle(String routineId) {
          return null;
        }

        @Override
        public List<ExerciseRef> exercisesDone(SessionRecord session) {
          return List.of();
        }
      };
}
