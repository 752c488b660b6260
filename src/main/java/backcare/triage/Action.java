package backcare.triage;

import java.util.List;

/**
 * Specific advice an answer calls for when the outcome is at {@code level}: the AAA's ambulance,
 * the maternity unit, the words to say at the emergency desk, the cancer team's line. {@code
 * headline}, when given, replaces the level's headline; {@code advice} comes before the level's
 * advice, with {@code {desk}} standing for the symptoms answered yes, in the desk's words. {@code
 * overrides} names actions this one makes redundant.
 */
public record Action(
    String id, Level level, String headline, List<String> advice, List<String> overrides) {}
