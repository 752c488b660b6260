package backcare.cli;

/** Every exit code backcare uses, in one place (README "Exit codes" lists the same). */
public final class ExitCode {
  public static final int OK = 0;

  /** An unexpected failure inside backcare (a bug): run again with --debug and report it. */
  public static final int INTERNAL_ERROR = 1;

  /** Bad usage or bad input: an unknown option, a bad file, an unknown id. */
  public static final int BAD_INPUT = 2;

  /** Triage: book a doctor or physiotherapist soon. */
  public static final int SEE_CLINICIAN = 3;

  /** Triage: see a doctor today. */
  public static final int URGENT = 4;

  /** Triage: go to an emergency department now. */
  public static final int EMERGENCY = 5;

  /** A routine interrupted by Ctrl-C (128 + SIGINT). */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}
}
