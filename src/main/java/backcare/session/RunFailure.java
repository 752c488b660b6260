package backcare.session;

/**
 * A run that broke off because of an error in backcare (a bug): carries what had been done, so the
 * caller can still show it. {@link #getCause()} is the error itself.
 */
public final class RunFailure extends RuntimeException {
  private final transient Summary summary;

  public RunFailure(Summary summary, RuntimeException cause) {
    super(cause.getMessage(), cause);
    this.summary = summary;
  }

  public Summary summary() {
    return summary;
  }
}
