package backcare.cli;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        StartupTrace.mark("main");
        if (Boolean.getBoolean("backcare.train")) {
            System.exit(ArchiveTraining.run());
        }
        picocli.CommandLine cmd = BackcareCommand.forArguments(Context.system(), args);
        StartupTrace.mark("command model built");
        int code = cmd.execute(args);
        StartupTrace.mark("command run");
        StartupTrace.report(System.err);
        System.exit(code);
    }
}
