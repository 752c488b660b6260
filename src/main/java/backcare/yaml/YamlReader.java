package backcare.yaml;

import backcare.BadInputException;
import backcare.BoundedFile;
import backcare.Utf8;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.scanner.ScannerImpl;

/**
 * Reads YAML, and JSON as the YAML it also is, into {@link Node} trees with locations: routine and
 * exercise files, the triage questions and answers files alike. Refuses, with a clear message and
 * its place, what is not a readable file: a missing path, a directory, a pipe or device, a file
 * over its limit (counted as it is read, before parsing), bytes that are not UTF-8 ({@link Utf8}),
 * malformed YAML (said by the problem SnakeYAML found, where it found it), a tab in the
 * indentation, nesting deeper than {@link #MAX_DEPTH}, aliases ({@code *name}) and duplicate keys.
 */
public final class YamlReader {
  public static final long MAX_BYTES = 1024 * 1024;

  /**
   * Content files need five levels; this bounds the recursion of {@link #readValue} and of every
   * walk of a tree.
   */
  public static final int MAX_DEPTH = 32;

  /**
   * The key of a YAML merge ({@code <<: *base}); kept in the tree so that the content parser
   * refuses it by name.
   */
  public static final String MERGE_KEY = "<<";

  private static final YAMLFactory FACTORY = new YAMLFactory();

  static {
    // YAML 1.2 has JSON's escape \/ for "/"; SnakeYAML, on YAML 1.1, would refuse it in JSON
    ScannerImpl.ESCAPE_REPLACEMENTS.putIfAbsent('/', "/");
  }

  /**
   * A Java class or setting named in a library's message ({@code org.yaml.snakeyaml.events...},
   * {@code `...`}).
   */
  private static final class JavaName { // compiled on first use: a start that reads a good file
    // links no lambda for its character classes (docs/performance.md)
    static final Pattern PATTERN = Pattern.compile("[a-z]+\\.[a-z]+\\.[a-zA-Z.]*[A-Z]|`");
  }

  private YamlReader() {}

  /** Reads a file; problems are reported with {@code name} as the file's name. */
  public static Node readFile(Path path, String name) {
    return readBytes(
        BoundedFile.read(
            path, name, MAX_BYTES, "a YAML file", "routine and exercise files may be at most 1 MB"),
        name);
  }

  public static Node readBytes(byte[] bytes, String name) {
    if (bytes.length > MAX_BYTES) {
      throw new BadInputException(
          name
              + ": the file is "
              + bytes.length
              + " bytes; routine and exercise files may be at most 1 MB");
    }
    return readText(Utf8.decode(bytes, name), name);
  }

  public static Node readText(String text, String name) {
    text = withoutBom(text);
    try (YAMLParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new BadInputException(name + ":1:1: the file is empty");
      }
      Node root = readValue(parser, name, new ArrayList<>(), false);
      checkOneDocument(parser, name);
      return root;
    } catch (BadInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(syntaxProblem(e, name, text, "YAML"));
    }
  }

  /** How a file is written: JSON is read as the YAML it also is, after {@link #prepare}. */
  public enum Syntax {
    YAML,
    JSON;

    /**
     * The text as SnakeYAML reads it, each character at its place: JSON's tabs between tokens,
     * which SnakeYAML (on YAML 1.1) takes for a tab in the indentation, become spaces.
     */
    String prepare(String text) {
      if (this == YAML || text.indexOf('\t') < 0) return text;
      char[] chars = text.toCharArray();
      boolean inString = false;
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        if (inString && c == '\\') i++; // the escaped character, whatever it is
        else if (c == '"') inString = !inString;
        else if (c == '\t' && !inString) chars[i] = ' ';
      }
      return new String(chars);
    }
  }

  /**
   * Reads text that holds one map, handing each entry to {@code sink} as soon as it is read, and a
   * key given twice as often as it is given (what a repeat means is the caller's to say): a problem
   * further on loses none of the entries before it. Each problem goes to the sink in file order
   * with the entries, with its place: an entry whose value is an alias (left out), and what stopped
   * the reading, if anything (last).
   *
   * @param expected what the file should hold, for messages: "a YAML map of question id to answer"
   */
  public static void readEntries(
      String text, String name, Syntax syntax, String expected, EntrySink sink) {
    text = syntax.prepare(withoutBom(text));
    try (YAMLParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        String where = first == null ? ":1:1: the file is empty" : at(parser) + ": not a map";
        sink.problem(name + where + "; expected " + expected);
        return;
      }
      List<Object> path = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonLocation keyAt = parser.currentTokenLocation();
        parser.nextToken();
        path.add(key);
        if (parser.isCurrentAlias()) {
          sink.problem(aliasProblem(parser, name, path));
        } else {
          Node value = readValue(parser, name, path, false);
          sink.entry(new Node.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
        }
        path.remove(path.size() - 1);
      }
      checkOneDocument(parser, name);
    } catch (BadInputException e) {
      for (String problem : e.problems()) sink.problem(problem);
    } catch (IOException | RuntimeException e) {
      sink.problem(syntaxProblem(e, name, text, syntax.name()));
    }
  }

  /**
   * Where {@link #readEntries} hands each entry and each problem, in file order. An interface of
   * its own, not two lambdas: a start links no call site for it (docs/performance.md).
   */
  public interface EntrySink {
    void entry(Node.Entry entry);

    void problem(String problem);
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static void checkOneDocument(YAMLParser parser, String name) throws IOException {
    if (parser.nextToken() != null) {
      throw new BadInputException(
          name + at(parser) + ": a file holds one YAML document; remove the second one");
    }
  }

  /** ":line:column" of the parser's current token. */
  private static String at(YAMLParser parser) {
    JsonLocation loc = parser.currentTokenLocation();
    return ":" + loc.getLineNr() + ":" + loc.getColumnNr();
  }

  private static String aliasProblem(YAMLParser p, String name, List<Object> path)
      throws IOException {
    // Jackson gives an alias as its name, so `title: *t` would read as "t": refuse it instead
    return name
        + at(p)
        + ": "
        + field(path)
        + "*"
        + p.getText()
        + " is a YAML alias, which backcare does not read; write the value out";
  }

  /**
   * The one line that says what is wrong with a file that did not parse: {@code name:line:column:
   * not valid YAML: problem}, with SnakeYAML's problem and the place of the problem (not its
   * context, "while scanning ..."), a tab in the indentation said as such, and no class or setting
   * of a library named.
   */
  public static String syntaxProblem(Throwable e, String name, String text, String kind) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException m
          && (m.getProblemMark() != null || m.getContextMark() != null)) {
        Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
        String where = name + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
        if (isTab(mark)) {
          return where
              + ": a tab in the indentation; YAML indents with spaces, so replace the tab with spaces";
        }
        String problem = m.getProblem() != null ? m.getProblem() : m.getContext();
        return where + ": not valid " + kind + ": " + firstLine(problem);
      }
      if (c instanceof ReaderException r) {
        int cp = r.getCodePoint();
        return name
            + at(text, r.getPosition())
            + ": not valid "
            + kind
            + ": "
            + String.format("the character U+%04X is not allowed in a YAML file; remove it", cp);
      }
      if (c instanceof StreamConstraintsException) {
        // Jackson's own limits (nesting, length of a number or a text), reached before ours
        return name
            + ": not valid "
            + kind
            + ": "
            + (String.valueOf(c.getMessage()).contains("nesting")
                ? "nested more than " + MAX_DEPTH + " levels deep"
                : "a number or text in it is far too long");
      }
    }
    String where = name;
    if (e instanceof JsonProcessingException j
        && j.getLocation() != null
        && j.getLocation().getLineNr() > 0) {
      where = name + ":" + j.getLocation().getLineNr() + ":" + j.getLocation().getColumnNr();
    }
    String message =
        e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return where + ": not valid " + kind + ": " + inOurWords(firstLine(message));
  }

  /**
   * Jackson's own message, unless it names Java classes or settings: then what it means for a file.
   */
  private static String inOurWords(String message) {
    if (message.startsWith("Expected a field name")) {
      return "a key must be a word or text, not a list or a map (a `? ` key)";
    }
    if (message.isEmpty() || JavaName.PATTERN.matcher(message).find())
      return "this cannot be read here";
    return message;
  }

  private static boolean isTab(Mark mark) {
    int[] buffer = mark.getBuffer();
    int i = mark.getPointer();
    return buffer != null && i >= 0 && i < buffer.length && buffer[i] == '\t';
  }

  /** ":line:column" of a code point offset of the text, or "" when it is not known. */
  private static String at(String text, int codePointOffset) {
    if (text == null || codePointOffset < 0) return "";
    int line = 1;
    int column = 1;
    int i = 0;
    for (int n = 0; n < codePointOffset && i < text.length(); n++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return ":" + line + ":" + column;
  }

  /**
   * The value at the parser's current token. {@code path} holds the keys and indexes that lead to
   * it (a stack, joined into text only for a message: most files have none to report).
   */
  private static Node readValue(YAMLParser p, String name, List<Object> path, boolean mergeValue)
      throws IOException {
    JsonToken t = p.currentToken();
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    if (path.size() >= MAX_DEPTH && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
      throw new BadInputException(
          name
              + ":"
              + line
              + ":"
              + col
              + ": "
              + field(path)
              + "nested more than "
              + MAX_DEPTH
              + " levels deep; no backcare file needs more than a few");
    }
    switch (t) {
      case START_OBJECT -> {
        LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation keyLoc = p.currentTokenLocation();
          p.nextToken();
          path.add(key);
          Node value = readValue(p, name, path, key.equals(MERGE_KEY));
          Node.Entry previous = entries.get(key);
          if (previous != null) {
            throw new BadInputException(
                name
                    + ":"
                    + keyLoc.getLineNr()
                    + ":"
                    + keyLoc.getColumnNr()
                    + ": "
                    + field(path)
                    + "duplicate key (first given at line "
                    + previous.keyLine()
                    + "); keep one of them");
          }
          path.remove(path.size() - 1);
          entries.put(key, new Node.Entry(key, keyLoc.getLineNr(), keyLoc.getColumnNr(), value));
        }
        return new Node.MapNode(entries, line, col);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          path.add(items.size());
          items.add(readValue(p, name, path, false));
          path.remove(path.size() - 1);
        }
        return new Node.ListNode(items, line, col);
      }
      case VALUE_NULL -> {
        return new Node.Scalar("", false, true, line, col);
      }
      case VALUE_STRING -> {
        if (p.isCurrentAlias() && !mergeValue) {
          throw new BadInputException(aliasProblem(p, name, path));
        }
        return new Node.Scalar(p.getText(), true, false, line, col);
      }
      default -> {
        return new Node.Scalar(p.getText(), false, false, line, col);
      }
    }
  }

  /** "steps[1].hold: ", or "" at the top. */
  private static String field(List<Object> path) {
    StringBuilder b = new StringBuilder();
    for (Object part : path) {
      if (part instanceof Integer i) b.append('[').append(i).append(']');
      else b.append(b.length() == 0 ? "" : ".").append(part);
    }
    return b.length() == 0 ? "" : b.append(": ").toString();
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }
}
