package backcare.triage;

/** An answer that mattered to the outcome: the question, the answer, its level and why. */
public record Trigger(String id, String answer, Level level, String reason) {}
