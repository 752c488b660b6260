package backcare.triage;

import java.util.List;

/**
 * A combination rule of triage.md: "if {@code when} and any of {@code withAnyOf} are yes, then
 * {@code level}".
 */
public record Combination(String when, List<String> withAnyOf, Level level, String reason) {}
