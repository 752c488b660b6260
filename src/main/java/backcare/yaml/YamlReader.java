package backcare.yaml;

import backcare.BadInputException;
import backcare.BoundedFile;
import backcare.Utf8;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;

/**
 * Reads YAML, and JSON as the YAML it also is, into {@link Node} trees with locations: routine and
 * exercise files, the triage questions and answers files alike. Refuses, with a clear message and
 * its place, what is not a readable file: a missing path, a directory, a pipe or device, a file
 * over its limit (counted as it is read, before parsing), bytes that are not UTF-8 ({@link Utf8}),
 * malformed YAML (said by the problem SnakeYAML found, where it found it), a tab in the
 * indentation, nesting deeper than {@link #MAX_DEPTH}, aliases ({@code *name}) and duplicate keys.
 *
 * <p>It reads SnakeYAML's parser's events directly (not through Jackson's YAML parser, whose set-up
 * typed every scalar and cost a start 10-20 ms; docs/performance.md), with the rules the files were
 * always read by: see {@link Events} and {@link ScalarKind}.
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

  static {
    // YAML 1.2 has JSON's escape \/ for "/"; SnakeYAML, on YAML 1.1, would refuse it in JSON
    ScannerImpl.ESCAPE_REPLACEMENTS.putIfAbsent('/', "/");
  }

  /**
   * A Java class or setting named in a library's message ({@code org.yaml.snakeyaml.events...},
   * {@code `...`}).
   */
  private static final Pattern JAVA_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[a-zA-Z.]*[A-Z]|`");

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
    try {
      Events events = new Events(text);
      Token first = events.nextValue();
      if (first == null) {
        throw new BadInputException(name + ":1:1: the file is empty");
      }
      Node root = readValue(events, first, name, new ArrayList<>(), false);
      checkOneDocument(events, name);
      return root;
    } catch (BadInputException e) {
      throw e;
    } catch (RuntimeException e) {
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
   * Reads text that holds one map, handing {@code each} entry over as soon as it is read, and a key
   * given twice as often as it is given (what a repeat means is the caller's to say): a problem
   * further on loses none of the entries before it. Each problem goes to {@code problems} in file
   * order with the entries, with its place: an entry whose value is an alias (left out), and what
   * stopped the reading, if anything (last).
   *
   * @param expected what the file should hold, for messages: "a YAML map of question id to answer"
   */
  public static void readEntries(
      String text,
      String name,
      Syntax syntax,
      String expected,
      Consumer<Node.Entry> each,
      Consumer<String> problems) {
    text = syntax.prepare(withoutBom(text));
    try {
      Events events = new Events(text);
      Token first = events.nextValue();
      if (first != Token.START_MAP) {
        String where =
            first == null ? ":1:1: the file is empty" : at(events.start()) + ": not a map";
        problems.accept(name + where + "; expected " + expected);
        return;
      }
      List<Object> path = new ArrayList<>();
      while (events.nextKey() == Token.KEY) {
        String key = events.text();
        Mark keyAt = events.start();
        Token value = events.nextValue();
        path.add(key);
        if (value == Token.ALIAS) {
          problems.accept(aliasProblem(events, name, path));
        } else {
          Node node = readValue(events, value, name, path, false);
          each.accept(new Node.Entry(key, keyAt.getLine() + 1, keyAt.getColumn() + 1, node));
        }
        path.remove(path.size() - 1);
      }
      checkOneDocument(events, name);
    } catch (BadInputException e) {
      e.problems().forEach(problems);
    } catch (RuntimeException e) {
      problems.accept(syntaxProblem(e, name, text, syntax.name()));
    }
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static void checkOneDocument(Events events, String name) {
    if (events.nextValue() != null) {
      throw new BadInputException(
          name + at(events.start()) + ": a file holds one YAML document; remove the second one");
    }
  }

  /** ":line:column" of a mark. */
  private static String at(Mark mark) {
    return ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }

  private static String aliasProblem(Events events, String name, List<Object> path) {
    return name
        + at(events.start())
        + ": "
        + field(path)
        + "*"
        + events.text()
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
        String where = name + at(mark);
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
    }
    if (e instanceof Problem p) {
      String where = p.line > 0 ? name + ":" + p.line + ":" + p.column : name;
      return where + ": not valid " + kind + ": " + p.getMessage();
    }
    return name + ": not valid " + kind + ": " + inOurWords(firstLine(e.getMessage()));
  }

  /**
   * A library's own message, unless it names Java classes or settings: then what it means for a
   * file.
   */
  private static String inOurWords(String message) {
    if (message.isEmpty() || JAVA_NAME.matcher(message).find()) return "this cannot be read here";
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
   * The value that starts with {@code t}, the events' current token. {@code path} holds the keys
   * and indexes that lead to it (a stack, joined into text only for a message: most files have none
   * to report).
   */
  private static Node readValue(
      Events events, Token t, String name, List<Object> path, boolean mergeValue) {
    if (t == null) {
      // ScalarKind.NONE (!!int -) inside a map or a list
      throw new Problem(0, 0, inOurWords(""));
    }
    Mark start = events.start();
    int line = start.getLine() + 1;
    int col = start.getColumn() + 1;
    if (path.size() >= MAX_DEPTH && (t == Token.START_MAP || t == Token.START_LIST)) {
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
      case START_MAP -> {
        LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
        while (events.nextKey() == Token.KEY) {
          String key = events.text();
          Mark keyAt = events.start();
          int keyLine = keyAt.getLine() + 1;
          int keyCol = keyAt.getColumn() + 1;
          Token valueStart = events.nextValue();
          path.add(key);
          Node value = readValue(events, valueStart, name, path, key.equals(MERGE_KEY));
          Node.Entry previous = entries.get(key);
          if (previous != null) {
            throw new BadInputException(
                name
                    + ":"
                    + keyLine
                    + ":"
                    + keyCol
                    + ": "
                    + field(path)
                    + "duplicate key (first given at line "
                    + previous.keyLine()
                    + "); keep one of them");
          }
          path.remove(path.size() - 1);
          entries.put(key, new Node.Entry(key, keyLine, keyCol, value));
        }
        return new Node.MapNode(entries, line, col);
      }
      case START_LIST -> {
        List<Node> items = new ArrayList<>();
        Token item;
        while ((item = events.nextValue()) != Token.END_LIST) {
          path.add(items.size());
          items.add(readValue(events, item, name, path, false));
          path.remove(path.size() - 1);
        }
        return new Node.ListNode(items, line, col);
      }
      case EMPTY -> {
        return new Node.Scalar("", false, true, line, col);
      }
      case ALIAS -> {
        if (!mergeValue) throw new BadInputException(aliasProblem(events, name, path));
        return new Node.Scalar(events.text(), true, false, line, col);
      }
      case TEXT -> {
        return new Node.Scalar(events.text(), true, false, line, col);
      }
      default -> {
        return new Node.Scalar(events.text(), false, false, line, col);
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

  /** What a value or key starts with, as backcare reads it. */
  private enum Token {
    START_MAP,
    START_LIST,
    END_LIST,
    KEY,
    /** A scalar written as text (quoted, or plain and not a number, boolean or null). */
    TEXT,
    /** A scalar written as nothing: {@code ~}, {@code null}, or no value. */
    EMPTY,
    /** A number, a boolean, a {@code !!binary}: the text as written, not quoted. */
    TYPED,
    ALIAS
  }

  /**
   * SnakeYAML's events read one at a time, in the order and with the rules the file was always read
   * by (Jackson's YAML parser over the same events): the stream's and documents' starts and ends
   * skipped, a map's keys read as written, a scalar's kind by {@link ScalarKind}.
   */
  private static final class Events {
    private final ParserImpl parser;
    private Event last;

    Events(String text) {
      // the default options, as Jackson passed: the parser uses their limit on code points
      parser = new ParserImpl(new StreamReader(text), new LoaderOptions());
    }

    /** Where the current token starts. */
    Mark start() {
      return last.getStartMark();
    }

    /** The current key's or scalar's text, or an alias's name. */
    String text() {
      return last instanceof AliasEvent a ? a.getAnchor() : ((ScalarEvent) last).getValue();
    }

    private Event next() {
      try {
        Event e = parser.getEvent();
        if (e != null) last = e;
        return e;
      } catch (NumberFormatException e) {
        throw located(inOurWords("")); // a bug of SnakeYAML's on some number-like texts
      } catch (YAMLException e) {
        if (e instanceof MarkedYAMLException || e instanceof ReaderException) throw e;
        throw located(inOurWords(firstLine(e.getMessage())));
      }
    }

    /** A problem at the end of the last event read, where Jackson's parser placed its own. */
    private Problem located(String words) {
      if (last == null) return new Problem(0, 0, words);
      Mark end = last.getEndMark();
      return new Problem(end.getLine() + 1, end.getColumn() + 1, words);
    }

    /** The next value, the end of a list, or null at the end of the text. */
    Token nextValue() {
      while (true) {
        Event e = next();
        if (e == null) return null;
        switch (e.getEventId()) {
          case Scalar -> {
            ScalarKind kind;
            try {
              kind = ScalarKind.of((ScalarEvent) e);
            } catch (IllegalArgumentException bad) {
              throw located(inOurWords(firstLine(bad.getMessage())));
            }
            return switch (kind) {
              case TEXT -> Token.TEXT;
              case EMPTY -> Token.EMPTY;
              case TYPED -> Token.TYPED;
              case NONE -> null;
            };
          }
          case MappingStart -> {
            return Token.START_MAP;
          }
          case SequenceStart -> {
            return Token.START_LIST;
          }
          case SequenceEnd -> {
            return Token.END_LIST;
          }
          case Alias -> {
            return Token.ALIAS;
          }
          case MappingEnd -> throw located(inOurWords("")); // not made by SnakeYAML's parser
          case StreamEnd -> {
            return null;
          }
          default -> {} // the stream's start, documents' starts and ends, comments
        }
      }
    }

    /** The next key of a map (a scalar, as written), or null at the map's end. */
    Token nextKey() {
      Event e = next();
      if (e == null) return null;
      if (e.is(Event.ID.Scalar)) return Token.KEY;
      if (e.is(Event.ID.MappingEnd)) return null;
      throw located("a key must be a word or text, not a list or a map (a `? ` key)");
    }
  }

  /** A problem the reader found itself, with its place when it has one (line 0: none). */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    Problem(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }
}
