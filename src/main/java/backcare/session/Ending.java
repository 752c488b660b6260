package backcare.session;

/** How a routine ended. */
public enum Ending {
    DONE("done"), QUIT("quit"), STOPPED_FOR_PAIN("stopped-for-pain"), INTERRUPTED("interrupted");

    private final String id;

    Ending(String id) { this.id = id; }

    public String id() { return id; }

    @Override
    public String toString() { return id; }
}
