package backcare.commandmodel;

import static backcare.commandmodel.CommandModelReader.ARG;
import static backcare.commandmodel.CommandModelReader.GROUP;
import static backcare.commandmodel.CommandModelReader.MAGIC;
import static backcare.commandmodel.CommandModelReader.MIXIN;

import backcare.commandmodel.CommandModel.Arg;
import backcare.commandmodel.CommandModel.Element;
import backcare.commandmodel.CommandModel.Group;
import backcare.commandmodel.CommandModel.Mixin;
import backcare.commandmodel.CommandModel.Usage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Build time: the cache file, {@code backcare/commands.bin}. An index (each command's name and
 * length), then each command's model, so that a start decodes only the commands it builds. The
 * format, field by field, is what {@link CommandModelReader} reads back, in the same order.
 */
final class CommandModelWriter {
  private CommandModelWriter() {}

  /** The file of these models, by command name ("" for the root). */
  static byte[] write(Map<String, CommandModel> all) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(all.size());
      List<byte[]> models = new ArrayList<>();
      for (Map.Entry<String, CommandModel> e : all.entrySet()) {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        try (DataOutputStream model = new DataOutputStream(one)) {
          command(model, e.getValue());
        }
        models.add(one.toByteArray());
        out.writeUTF(e.getKey());
        out.writeInt(one.size());
      }
      for (byte[] m : models) out.write(m);
    }
    return bytes.toByteArray();
  }

  private static void command(DataOutputStream out, CommandModel c) throws IOException {
    out.writeUTF(c.name());
    strings(out, c.aliases());
    Usage u = c.usage();
    out.writeBoolean(u.hidden());
    strings(out, u.description());
    strings(out, u.header());
    strings(out, u.footer());
    text(out, u.footerHeading());
    text(out, u.exitCodeListHeading());
    out.writeInt(u.exitCodeList().size());
    for (Map.Entry<String, String> x : u.exitCodeList().entrySet()) {
      out.writeUTF(x.getKey());
      out.writeUTF(x.getValue());
    }
    strings(out, u.customSynopsis());
    out.writeBoolean(u.sortOptions());
    out.writeBoolean(u.abbreviateSynopsis());
    out.writeBoolean(u.showDefaultValues());
    out.writeBoolean(u.showEndOfOptionsDelimiterInUsageHelp());
    text(out, c.versionProvider());
    parts(out, c.parts());
    out.writeInt(c.specElements().size());
    for (Element e : c.specElements()) element(out, e);
    out.writeInt(c.parentElements().size());
    for (Element e : c.parentElements()) element(out, e);
  }

  private static void parts(DataOutputStream out, List<Object> parts) throws IOException {
    out.writeInt(parts.size());
    for (Object part : parts) {
      if (part instanceof Arg a) {
        out.writeByte(ARG);
        arg(out, a);
      } else if (part instanceof Group g) {
        out.writeByte(GROUP);
        out.writeBoolean(g.element() != null);
        if (g.element() != null) element(out, g.element());
        out.writeBoolean(g.exclusive());
        out.writeUTF(g.multiplicity());
        out.writeBoolean(g.validate());
        out.writeInt(g.order());
        text(out, g.heading());
        text(out, g.headingKey());
        parts(out, g.parts());
      } else {
        Mixin m = (Mixin) part;
        out.writeByte(MIXIN);
        out.writeUTF(m.name());
        out.writeBoolean(m.element() != null);
        if (m.element() != null) element(out, m.element());
        out.writeUTF(m.type());
        command(out, m.command());
      }
    }
  }

  private static void element(DataOutputStream out, Element e) throws IOException {
    out.writeUTF(e.owner());
    out.writeUTF(e.field());
    out.writeInt(e.flags());
    text(out, e.text());
    text(out, e.mixinName());
    out.writeUTF(e.types().type());
    strings(out, e.types().auxiliary());
    strings(out, e.types().generics());
  }

  private static void arg(DataOutputStream out, Arg a) throws IOException {
    out.writeBoolean(a.option());
    element(out, a.element());
    strings(out, a.names());
    text(out, a.index());
    text(out, a.arity());
    text(out, a.paramLabel());
    strings(out, a.description());
    text(out, a.descriptionKey());
    text(out, a.defaultValue());
    text(out, a.fallbackValue());
    text(out, a.mapFallbackValue());
    int flags =
        (a.required() ? CommandModelReader.REQUIRED : 0)
            | (a.hidden() ? CommandModelReader.HIDDEN : 0)
            | (a.negatable() ? CommandModelReader.NEGATABLE : 0)
            | (a.usageHelp() ? CommandModelReader.USAGE_HELP : 0)
            | (a.versionHelp() ? CommandModelReader.VERSION_HELP : 0)
            | (a.help() ? CommandModelReader.HELP : 0)
            | (a.interactive() ? CommandModelReader.INTERACTIVE : 0)
            | (a.echo() ? CommandModelReader.ECHO : 0)
            | (a.hideParamSyntax() ? CommandModelReader.HIDE_PARAM_SYNTAX : 0);
    out.writeInt(flags);
    text(out, a.prompt());
    out.writeUTF(a.showDefaultValue());
    text(out, a.splitRegex());
    text(out, a.splitRegexSynopsisLabel());
    out.writeUTF(a.scope());
    out.writeInt(a.order());
    out.writeBoolean(a.completionCandidates() != null);
    if (a.completionCandidates() != null)
      strings(out, a.completionCandidates().toArray(String[]::new));
  }

  /** A string that may be null. */
  private static void text(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) out.writeUTF(s);
  }

  private static void strings(DataOutputStream out, String[] s) throws IOException {
    out.writeInt(s.length);
    for (String x : s) out.writeUTF(x);
  }
}
