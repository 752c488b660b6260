package backcare.cli;

public final class Main {
  private Main() {}

  public static void main(String[] args) {
    StartupTrace.mark("main");
    if (Boolean.getBoolean("backcare.train")) {
      System.exit(ArchiveTraining.run());
    }
    int code;
    try {
      Context context = Context.system();
      StartupTrace.mark("context");
      picocli.CommandLine cmd = BackcareCommand.forArguments(context, args);
      Encodings.install(cmd);
      StartupTrace.mark("command model built");
      code = cmd.execute(args);
    } catch (Throwable t) {
      // what picocli lets through (an Error such as running out of memory): said plainly, no stack
      // trace
      System.err.println(
          "backcare: internal error: "
              + UsageErrors.internalError(t)
              + " (run again with --debug for details, and please report it)");
      if (java.util.Arrays.asList(args).contains("--debug")) t.printStackTrace();
      code = ExitCode.INTERNAL_ERROR;
    }
    StartupTrace.mark("command run");
    StartupTrace.report(System.err);
    System.exit(code);
  }
}
