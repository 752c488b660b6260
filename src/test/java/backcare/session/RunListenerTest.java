package backcare.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composite passes on every call: a method added to RunListener and not forwarded fails. */
class RunListenerTest {
  /** Each call a part received: the method's name and its arguments. */
  private static RunListener recorder(List<String> calls) {
    return (RunListener)
        Proxy.newProxyInstance(
            RunListener.class.getClassLoader(),
            new Class<?>[] {RunListener.class},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == Object.class) return method.invoke(calls, args);
              calls.add(method.getName() + Arrays.toString(args));
              return null;
            });
  }

  @Test
  void allForwardsEveryMethodToEveryPartInOrder() throws Exception {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    RunListener all = RunListener.all(recorder(first), recorder(second));
    List<Method> methods = new ArrayList<>();
    for (Method m : RunListener.class.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers())) methods.add(m);
    }
    assertThat(methods).extracting(Method::getName).contains("prepare", "started", "finished");
    for (Method m : methods) {
      first.clear();
      second.clear();
      Object[] args = arguments(m);
      m.invoke(all, args);
      String expected = m.getName() + Arrays.toString(args);
      assertThat(first).as("the first part is told of %s", m).containsExactly(expected);
      assertThat(second).as("the second part is told of %s", m).containsExactly(expected);
    }
  }

  /** Distinct values for the primitives, so a call passed on with its arguments mixed up shows. */
  private static Object[] arguments(Method m) {
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      if (t == int.class) args[i] = 10 + i;
      else if (t == long.class) args[i] = 1000L + i;
      else if (t == boolean.class) args[i] = true;
      else if (t == double.class) args[i] = 0.5 + i;
      else if (t.isPrimitive()) throw new AssertionError("add a value for " + t + " in " + m);
      else args[i] = null; // the composite never looks inside a plan, a segment or a summary
    }
    return args;
  }
}
