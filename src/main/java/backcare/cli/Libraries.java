package backcare.cli;

import backcare.BadInputException;
import backcare.Suggest;
import backcare.routine.ContentParser;
import backcare.routine.Library;
import backcare.routine.LibraryLoader;
import backcare.routine.Routine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loading the library for a command (warnings about the user's files go to stderr), and finding the
 * routine a command line names.
 */
final class Libraries {
  private Libraries() {}

  static Library load(Context context, PrintWriter err) {
    Library library = LibraryLoader.load(context.env());
    StartupTrace.mark("library loaded");
    for (String w : library.warnings()) err.println("backcare: warning: " + w);
    err.flush();
    return library;
  }

  /**
   * The routine with this id. An id is never a path: anything but lowercase letters, digits and
   * dashes is refused before any file is touched.
   */
  static Library.Entry routine(Library library, String id) {
    if (!ContentParser.isId(id)) {
      throw new BadInputException(
          "\""
              + id
              + "\" is not a routine id (ids are lowercase letters, digits and "
              + "dashes); to run a routine file, use `backcare routine --file "
              + id
              + "`");
    }
    Library.Entry entry = library.routines().get(id);
    if (entry == null) {
      List<String> ids = new ArrayList<>(library.routines().keySet());
      throw new BadInputException(
          "unknown routine \""
              + id
              + "\""
              + Suggest.didYouMean(id, ids)
              + "; available: "
              + String.join(", ", ids));
    }
    return entry;
  }

  /**
   * The routine a command line names: by id, or in {@code file} (at most one of them given; the
   * file is checked against the library's exercises).
   */
  static Routine chosen(Library library, String id, Path file) {
    if (file != null && file.toString().isEmpty()) {
      throw new BadInputException(
          "--file needs the path of a routine file, e.g. --file my-routine.yaml");
    }
    if (file != null) {
      LibraryLoader.Validation v = LibraryLoader.validate(List.of(file), library.exercises());
      if (!v.ok()) throw new BadInputException(v.problems());
      if (v.routines().size() != 1) {
        throw new BadInputException(
            file + ": holds no routine (a routine has id, title, description and steps)");
      }
      return v.routines().get(0);
    }
    if (id == null) {
      throw new BadInputException(
          "name a routine to run ("
              + String.join(", ", library.routines().keySet())
              + "), or give --file FILE; `backcare routines` describes them");
    }
    return routine(library, id).routine();
  }

  /**
   * The file a session of {@code routine} records, as `routines --json` has it: the user's routine
   * file or {@code file} (--file), null for a built-in routine.
   */
  static String recordedFile(Library library, Routine routine, Path file) {
    if (file != null) return file.toAbsolutePath().normalize().toString();
    Library.Entry entry = library.routines().get(routine.id());
    return entry != null && entry.user() ? entry.file() : null;
  }
}
