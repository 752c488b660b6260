package backcare.cli;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(BackcareCommand.commandLine().execute(args));
    }
}
