package backcare.yaml;

import backcare.BadInputException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads a YAML document into a {@link Node} tree with locations. Refuses, with a clear message,
 * what is not a readable YAML file: a missing path, a directory, a file over 1 MB (before parsing),
 * bytes that are not UTF-8, malformed YAML and duplicate keys.
 */
public final class YamlReader {
    public static final long MAX_BYTES = 1024 * 1024;
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {}

    /** Reads a file; problems are reported with {@code name} as the file's name. */
    public static Node readFile(Path path, String name) {
        if (!Files.exists(path)) {
            throw new BadInputException(name + ": no such file");
        }
        if (Files.isDirectory(path)) {
            throw new BadInputException(name + ": is a directory, not a YAML file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new BadInputException(name + ": the file is " + size
                        + " bytes; routine and exercise files may be at most 1 MB");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return readBytes(bytes, name);
    }

    public static Node readBytes(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(name + ": the file is " + bytes.length
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
            Node root = readValue(parser, name, "");
            if (parser.nextToken() != null) {
                JsonLocation loc = parser.currentTokenLocation();
                throw new BadInputException(name + ":" + loc.getLineNr() + ":" + loc.getColumnNr()
                        + ": a file holds one YAML document; remove the second one");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? name : name + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new BadInputException(where + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            if (e instanceof BadInputException) throw e;
            // SnakeYAML reports some syntax errors as unchecked exceptions
            throw new BadInputException(name + ": not valid YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static Node readValue(JsonParser p, String name, String path) throws IOException {
        JsonToken t = p.currentToken();
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        switch (t) {
            case START_OBJECT -> {
                LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyLoc = p.currentTokenLocation();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    p.nextToken();
                    Node value = readValue(p, name, childPath);
                    Node.Entry previous = entries.get(key);
                    if (previous != null) {
                        throw new BadInputException(name + ":" + keyLoc.getLineNr() + ":" + keyLoc.getColumnNr()
                                + ": " + childPath + ": duplicate key (first given at line "
                                + previous.keyLine() + "); keep one of them");
                    }
                    entries.put(key, new Node.Entry(key, keyLoc.getLineNr(), keyLoc.getColumnNr(), value));
                }
                return new Node.MapNode(entries, line, col);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, name, path + "[" + i++ + "]"));
                }
                return new Node.ListNode(items, line, col);
            }
            case VALUE_NULL -> {
                return new Node.Scalar("", false, true, line, col);
            }
            case VALUE_STRING -> {
                return new Node.Scalar(p.getText(), true, false, line, col);
            }
            default -> {
                return new Node.Scalar(p.getText(), false, false, line, col);
            }
        }
    }

    private static String decodeUtf8(byte[] bytes, String name) {
        int bad = firstInvalidUtf8Byte(bytes);
        if (bad >= 0) {
            int line = 1;
            for (int i = 0; i < bad; i++) if (bytes[i] == '\n') line++;
            throw new BadInputException(String.format(
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
            if (c < 0x80) { i++; continue; }
            else if (c >= 0xC2 && c <= 0xDF) { more = 1; min = 0x80; }
            else if (c >= 0xE0 && c <= 0xEF) { more = 2; min = 0x800; }
            else if (c >= 0xF0 && c <= 0xF4) { more = 3; min = 0x10000; }
            else return i;
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
