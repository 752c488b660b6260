package backcare.cli;

import backcare.BadInputException;
import backcare.Suggest;
import backcare.routine.ContentParser;
import backcare.routine.Library;
import backcare.routine.LibraryLoader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Loading the library for a command: warnings about the user's files go to stderr. */
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
    if (!ContentParser.ID.matcher(id).matches()) {
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
}
