package backcare.yaml;

import backcare.BadInputException;
import backcare.BoundedFile;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a YAML document into a {@link Node} tree with locations. Refuses, with a clear message,
 * what is not a readable YAML file: a missing path, a directory, a pipe or device, a file over 1 MB
 * (counted as it is read, before parsing), bytes that are not UTF-8, malformed YAML (said by the
 * problem SnakeYAML found, where it found it), a tab in the indentation, nesting deeper than {@link
 * #MAX_DEPTH}, aliases ({@code *name}) and duplicate keys.
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
    return readText(decodeUtf8(bytes, name), name);
  }

  public static Node readText(String text, String name) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    try (YAMLParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new BadInputException(name + ": the file is empty");
      }
      Node root = readValue(parser, name, new ArrayList<>(), false);
      if (parser.nextToken() != null) {
        JsonLocation loc = parser.currentTokenLocation();
        throw new BadInputException(
            name
                + ":"
                + loc.getLineNr()
                + ":"
                + loc.getColumnNr()
                + ": a file holds one YAML document; remove the second one");
      }
      return root;
    } catch (BadInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(syntaxProblem(e, name, text, "YAML"));
    }
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
              + " levels deep; content files need only a few");
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
          // Jackson gives an alias as its name, so `title: *t` would read as "t": refuse it instead
          throw new BadInputException(
              name
                  + ":"
                  + line
                  + ":"
                  + col
                  + ": "
                  + field(path)
                  + "*"
                  + p.getText()
                  + " is a YAML alias, which backcare does not read; write the value out");
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

  /**
   * The text of UTF-8 bytes, or a problem naming the line and offset of the first byte that is not
   * UTF-8.
   */
  public static String decodeUtf8(byte[] bytes, String name) {
    int bad = firstInvalidUtf8Byte(bytes);
    if (bad >= 0) {
      int line = 1;
      for (int i = 0; i < bad; i++) if (bytes[i] == '\n') line++;
      throw new BadInputException(
          String.format(
              "%s:%d: the file is not UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
              name, line, bytes[bad] & 0xff, bad));
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The offset of the first byte that breaks UTF-8, or -1 when all of it is well-formed. */
  static int firstInvalidUtf8Byte(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int more;
      int min;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        more = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        more = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        more = 3;
        min = 0x10000;
      } else return i;
      if (i + more >= b.length) return i; // cut off at the end of the file
      int cp = c & (0x3F >> more);
      for (int k = 1; k <= more; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xC0) != 0x80) return i;
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
      i += more + 1;
    }
    return -1;
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }
}
