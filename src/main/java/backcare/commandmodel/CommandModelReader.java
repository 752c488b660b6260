package backcare.commandmodel;

import backcare.Resources;
import backcare.commandmodel.CommandModel.Arg;
import backcare.commandmodel.CommandModel.Element;
import backcare.commandmodel.CommandModel.Group;
import backcare.commandmodel.CommandModel.Mixin;
import backcare.commandmodel.CommandModel.Types;
import backcare.commandmodel.CommandModel.Usage;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads back what {@link CommandModelWriter} wrote: the file's index, then a command's model. */
final class CommandModelReader {
  static final int MAGIC = 0x42434332; // "BCC2"

  /** What a part of a command is. */
  static final byte ARG = 'A';

  static final byte GROUP = 'G';
  static final byte MIXIN = 'M';

  /** An argument's boolean attributes, as bits of one int. */
  static final int REQUIRED = 1;

  static final int HIDDEN = 2;
  static final int NEGATABLE = 4;
  static final int USAGE_HELP = 8;
  static final int VERSION_HELP = 16;
  static final int HELP = 32;
  static final int INTERACTIVE = 64;
  static final int ECHO = 128;
  static final int HIDE_PARAM_SYNTAX = 256;

  private CommandModelReader() {}

  /** Each command's encoded model, by name, not yet decoded. */
  static Map<String, byte[]> index(byte[] data) throws IOException {
    DataInputStream in = Resources.dataInput(data);
    if (in.readInt() != MAGIC) throw new IOException("not a compiled commands file");
    int n = in.readInt();
    String[] names = new String[n];
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) {
      names[i] = in.readUTF();
      lengths[i] = in.readInt();
    }
    Map<String, byte[]> all = new HashMap<>();
    for (int i = 0; i < n; i++) {
      byte[] model = in.readNBytes(lengths[i]);
      if (model.length != lengths[i]) throw new IOException("a cut-off compiled commands file");
      all.put(names[i], model);
    }
    if (in.read() != -1) throw new IOException("bytes after the last command");
    return all;
  }

  /** One command's model, from its bytes in the index. */
  static CommandModel command(byte[] encoded) throws IOException {
    return command(Resources.dataInput(encoded));
  }

  private static CommandModel command(DataInputStream in) throws IOException {
    String name = in.readUTF();
    String[] aliases = strings(in);
    boolean hidden = in.readBoolean();
    String[] description = strings(in);
    String[] header = strings(in);
    String[] footer = strings(in);
    String footerHeading = text(in);
    String exitHeading = text(in);
    int codes = in.readInt();
    Map<String, String> exitCodes = new LinkedHashMap<>();
    for (int k = 0; k < codes; k++) exitCodes.put(in.readUTF(), in.readUTF());
    Usage usage =
        new Usage(
            hidden,
            description,
            header,
            footer,
            footerHeading,
            exitHeading,
            exitCodes,
            strings(in),
            in.readBoolean(),
            in.readBoolean(),
            in.readBoolean(),
            in.readBoolean());
    String version = text(in);
    List<Object> parts = parts(in);
    List<Element> specElements = new ArrayList<>();
    for (int k = in.readInt(); k > 0; k--) specElements.add(element(in));
    List<Element> parentElements = new ArrayList<>();
    for (int k = in.readInt(); k > 0; k--) parentElements.add(element(in));
    return new CommandModel(name, aliases, usage, version, parts, specElements, parentElements);
  }

  private static List<Object> parts(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Object> parts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte kind = in.readByte();
      switch (kind) {
        case ARG -> parts.add(arg(in));
        case GROUP -> {
          Element e = in.readBoolean() ? element(in) : null;
          parts.add(
              new Group(
                  e,
                  in.readBoolean(),
                  in.readUTF(),
                  in.readBoolean(),
                  in.readInt(),
                  text(in),
                  text(in),
                  parts(in)));
        }
        case MIXIN -> {
          String name = in.readUTF();
          Element e = in.readBoolean() ? element(in) : null;
          parts.add(new Mixin(name, e, in.readUTF(), command(in)));
        }
        default -> throw new IOException("damaged compiled commands (part " + kind + ")");
      }
    }
    return parts;
  }

  private static Element element(DataInputStream in) throws IOException {
    return new Element(
        in.readUTF(),
        in.readUTF(),
        in.readInt(),
        text(in),
        text(in),
        new Types(in.readUTF(), strings(in), strings(in)));
  }

  private static Arg arg(DataInputStream in) throws IOException {
    boolean option = in.readBoolean();
    Element element = element(in);
    String[] names = strings(in);
    String index = text(in);
    String arity = text(in);
    String label = text(in);
    String[] description = strings(in);
    String descriptionKey = text(in);
    String defaultValue = text(in);
    String fallbackValue = text(in);
    String mapFallbackValue = text(in);
    int f = in.readInt();
    String prompt = text(in);
    String showDefault = in.readUTF();
    String splitRegex = text(in);
    String splitLabel = text(in);
    String scope = in.readUTF();
    int order = in.readInt();
    List<String> candidates = in.readBoolean() ? List.of(strings(in)) : null;
    return new Arg(
        option,
        element,
        names,
        index,
        arity,
        label,
        description,
        descriptionKey,
        defaultValue,
        fallbackValue,
        mapFallbackValue,
        (f & REQUIRED) != 0,
        (f & HIDDEN) != 0,
        (f & NEGATABLE) != 0,
        (f & USAGE_HELP) != 0,
        (f & VERSION_HELP) != 0,
        (f & HELP) != 0,
        (f & INTERACTIVE) != 0,
        (f & ECHO) != 0,
        prompt,
        (f & HIDE_PARAM_SYNTAX) != 0,
        showDefault,
        splitRegex,
        splitLabel,
        scope,
        order,
        candidates);
  }

  /** A string that may be null. */
  private static String text(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static String[] strings(DataInputStream in) throws IOException {
    String[] s = new String[in.readInt()];
    for (int i = 0; i < s.length; i++) s[i] = in.readUTF();
    return s;
  }
}
