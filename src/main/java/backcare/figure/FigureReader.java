package backcare.figure;

import backcare.Suggest;
import backcare.yaml.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an exercise's {@code figure:}, a list of phases, checking every field as the rest of a
 * content file is checked: each problem is reported where it stands, with what would be right.
 *
 * <pre>
 * figure:
 *   - phase: cow            # a name; needed when there are two phases or more
 *     trunk: 15             # see {@link Joint} for each angle
 *     spine: -20
 *     neck: -25
 *     arm: [90, 0]          # shoulder, elbow
 *     leg: [90, 90, 10]     # hip, knee, ankle
 *     farLeg: [...]         # farArm, farLeg: where the far limb differs from the near one
 *     props: [floor]
 * </pre>
 */
public final class FigureReader {
  public static final List<String> FIELDS =
      List.of("phase", "trunk", "spine", "neck", "arm", "farArm", "leg", "farLeg", "props");
  static final int MAX_PHASES = 4;

  /** Where a problem goes: the content parser's list, as file:line:column: path: message. */
  public interface Problems {
    void add(Node at, String path, String message);
  }

  private final Problems problems;
  private boolean failed;

  private FigureReader(Problems problems) {
    this.problems = problems;
  }

  /** The figure, or null when it has a problem (each one reported). */
  public static Figure read(Node node, String path, Problems problems) {
    FigureReader r = new FigureReader(problems);
    Figure figure = r.figure(node, path);
    return r.failed ? null : figure;
  }

  private Figure figure(Node node, String path) {
    if (!(node instanceof Node.ListNode list) || list.items().isEmpty()) {
      problem(
          node,
          path,
          "expected a list of phases, each a map with trunk, arm, leg and props "
              + "(see the README's \"Figures\")");
      return null;
    }
    if (list.items().size() > MAX_PHASES) {
      problem(list.items().get(MAX_PHASES), path, "a figure has at most " + MAX_PHASES + " phases");
    }
    List<Phase> phases = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      Phase p = phase(list.items().get(i), path + "[" + i + "]", list.items().size() > 1);
      if (p == null) continue;
      if (p.name() != null && !names.add(p.name())) {
        problem(
            ((Node.MapNode) list.items().get(i)).get("phase"),
            path + "[" + i + "].phase",
            "\"" + p.name() + "\" names another phase already; give each phase its own name");
      }
      phases.add(p);
    }
    return new Figure(phases);
  }

  private Phase phase(Node node, String path, boolean named) {
    if (!(node instanceof Node.MapNode map)) {
      problem(
          node,
          path,
          "expected a phase (a map with trunk, arm, leg and props), but found " + node.kindName());
      return null;
    }
    for (Node.Entry e : map.entries().values()) {
      if (!FIELDS.contains(e.key())) {
        problem(
            new Node.Scalar(e.key(), false, false, e.keyLine(), e.keyColumn()),
            path + "." + e.key(),
            "unknown field"
                + Suggest.didYouMean(e.key(), FIELDS)
                + "; known fields here: "
                + String.join(", ", FIELDS));
      }
    }
    String name = null;
    Node nameNode = map.get("phase");
    if (nameNode instanceof Node.Scalar s && !s.isNull() && !s.text().isBlank()) {
      name = s.text().strip();
      if (name.length() > 24)
        problem(nameNode, path + ".phase", "a phase name is at most 24 characters");
    } else if (nameNode != null) {
      problem(
          nameNode,
          path + ".phase",
          "expected a short name such as cow or cat, but found " + nameNode.kindName());
    } else if (named) {
      problem(
          map, path + ".phase", "missing; with two phases or more, name each (e.g. phase: cow)");
    }
    Integer trunk = angle(map, "trunk", path, Joint.TRUNK, null);
    Integer spine = angle(map, "spine", path, Joint.SPINE, 0);
    Integer neck = angle(map, "neck", path, Joint.NECK, 0);
    Phase.Limb arm = limb(map, "arm", path, true, Joint.SHOULDER, Joint.ELBOW);
    Phase.Limb leg = limb(map, "leg", path, true, Joint.HIP, Joint.KNEE, Joint.ANKLE);
    Phase.Limb farArm = limb(map, "farArm", path, false, Joint.SHOULDER, Joint.ELBOW);
    Phase.Limb farLeg = limb(map, "farLeg", path, false, Joint.HIP, Joint.KNEE, Joint.ANKLE);
    List<Prop> props = props(map, path);
    if (trunk == null || spine == null || neck == null || arm == null || leg == null) return null;
    return new Phase(
        name,
        trunk,
        spine,
        neck,
        arm,
        farArm == null ? arm : farArm,
        leg,
        farLeg == null ? leg : farLeg,
        props);
  }

  private Integer angle(Node.MapNode map, String key, String path, Joint joint, Integer missing) {
    Node n = map.get(key);
    if (n == null) {
      if (missing == null)
        problem(
            map,
            path + "." + key,
            "missing; give " + joint.id + " in degrees (" + joint.meaning + ")");
      return missing;
    }
    return degrees(n, path + "." + key, joint);
  }

  /** "-?[0-9]{1,3}", checked by hand: every figure's angles are read at each start. */
  static boolean isSmallWhole(String t) {
    int i = t.startsWith("-") ? 1 : 0;
    int digits = t.length() - i;
    if (digits < 1 || digits > 3) return false;
    for (; i < t.length(); i++) if (t.charAt(i) < '0' || t.charAt(i) > '9') return false;
    return true;
  }

  private Integer degrees(Node n, String where, Joint joint) {
    if (!(n instanceof Node.Scalar s)
        || s.isNull()
        || s.quoted()
        || !isSmallWhole(s.text().strip())) {
      problem(
          n,
          where,
          "expected the "
              + joint.id
              + " angle in degrees, a whole number from "
              + joint.min
              + " to "
              + joint.max
              + ", but found "
              + (n instanceof Node.Scalar s ? "\"" + s.text() + "\"" : n.kindName()));
      return null;
    }
    int v = Integer.parseInt(s.text().strip());
    if (!joint.allows(v)) {
      problem(
          n,
          where,
          s.text().strip()
              + " is out of range for the "
              + joint.id
              + ": give "
              + joint.min
              + " to "
              + joint.max
              + " degrees ("
              + joint.meaning
              + ")");
      return null;
    }
    return v;
  }

  private Phase.Limb limb(
      Node.MapNode map, String key, String path, boolean required, Joint... joints) {
    Node n = map.get(key);
    String where = path + "." + key;
    if (n == null) {
      if (required) problem(map, where, "missing; give " + shape(joints) + " in degrees");
      return null;
    }
    if (!(n instanceof Node.ListNode l) || l.items().size() != joints.length) {
      problem(
          n,
          where,
          "expected "
              + joints.length
              + " angles in degrees, "
              + shape(joints)
              + ", but found "
              + (n instanceof Node.ListNode l ? l.items().size() + " values" : n.kindName()));
      return null;
    }
    int[] v = new int[3];
    boolean ok = true;
    for (int i = 0; i < joints.length; i++) {
      Integer d = degrees(l.items().get(i), where + "[" + i + "]", joints[i]);
      if (d == null) ok = false;
      else v[i] = d;
    }
    return ok ? new Phase.Limb(v[0], v[1], v[2]) : null;
  }

  /** "[hip, knee, ankle]": what a limb's list holds. */
  private static String shape(Joint... joints) {
    StringBuilder b = new StringBuilder("[");
    for (Joint j : joints) b.append(b.length() > 1 ? ", " : "").append(j.id);
    return b.append(']').toString();
  }

  private List<Prop> props(Node.MapNode map, String path) {
    Node n = map.get("props");
    List<Prop> props = new ArrayList<>();
    if (n == null) return props;
    if (!(n instanceof Node.ListNode l)) {
      problem(
          n,
          path + ".props",
          "expected a list of props from "
              + String.join(", ", Prop.IDS)
              + ", but found "
              + n.kindName());
      return props;
    }
    for (int i = 0; i < l.items().size(); i++) {
      Node item = l.items().get(i);
      String text = item instanceof Node.Scalar s && !s.isNull() ? s.text().strip() : null;
      Prop p = text == null ? null : Prop.byId(text);
      if (p == null) {
        problem(
            item,
            path + ".props[" + i + "]",
            (text == null ? item.kindName() : "\"" + text + "\"")
                + " is not a prop"
                + (text == null ? "" : Suggest.didYouMean(text, Prop.IDS))
                + "; use "
                + String.join(", ", Prop.IDS));
      } else if (props.contains(p)) {
        problem(item, path + ".props[" + i + "]", "\"" + text + "\" is already listed");
      } else {
        props.add(p);
      }
    }
    return props;
  }

  private void problem(Node at, String path, String message) {
    failed = true;
    problems.add(at, path, message);
  }
}
