package backcare.commandmodel;

import static backcare.commandmodel.CommandModel.HAS_INITIAL;
import static backcare.commandmodel.CommandModel.IS_ARG_GROUP;
import static backcare.commandmodel.CommandModel.IS_ARG_SPEC;
import static backcare.commandmodel.CommandModel.IS_INTERACTIVE;
import static backcare.commandmodel.CommandModel.IS_MIXIN;
import static backcare.commandmodel.CommandModel.IS_MULTI;
import static backcare.commandmodel.CommandModel.IS_OPTION;
import static backcare.commandmodel.CommandModel.IS_PARAMETER;
import static backcare.commandmodel.CommandModel.IS_PARENT;
import static backcare.commandmodel.CommandModel.IS_SPEC;
import static backcare.commandmodel.CommandModel.IS_UNMATCHED;

import backcare.commandmodel.CommandModel.Element;
import java.lang.reflect.Field;
import picocli.CommandLine;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.ITypeInfo;

/** A field as picocli's IAnnotatedElement, bound to wherever its scope points. */
final class BoundField
    implements IAnnotatedElement,
        CommandLine.Model.IGetter,
        CommandLine.Model.ISetter,
        CommandLine.Model.IScoped {
  private final Element element;
  private final Field field;
  private final FieldScope scope;
  private final FieldTypeInfo types;

  BoundField(Element element, FieldScope scope) {
    this.element = element;
    this.field = field(FieldTypeInfo.type(element.owner()), element.field());
    this.scope = scope;
    this.types = new FieldTypeInfo(element.types());
  }

  @Override
  public IScope getScope() {
    return scope;
  }

  @Override
  public <T> T get() {
    return get(scope.get());
  }

  @SuppressWarnings("unchecked")
  <T> T get(Object target) {
    try {
      return (T) field.get(target);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new CommandLine.PicocliException("Could not get value for field " + field, e);
    }
  }

  @SuppressWarnings("unchecked")
  @Override
  public <T> T set(T value) {
    try {
      Object target = scope.get();
      T old = (T) field.get(target);
      field.set(target, value);
      return old;
    } catch (IllegalAccessException | RuntimeException e) {
      throw new CommandLine.PicocliException(
          "Could not set value for field " + field + " to " + value, e);
    }
  }

  private boolean is(int flag) {
    return (element.flags() & flag) != 0;
  }

  @Override
  public Object userObject() {
    return field;
  }

  @Override
  public boolean isAnnotationPresent(Class<? extends java.lang.annotation.Annotation> type) {
    return field.isAnnotationPresent(type); // not on a start's path: picocli asks only at build
  }

  @Override
  public <T extends java.lang.annotation.Annotation> T getAnnotation(Class<T> type) {
    return field.getAnnotation(type);
  }

  @Override
  public String getName() {
    return field.getName();
  }

  @Override
  public String getMixinName() {
    if (element.mixinName() == null) throw new NullPointerException("not a mixin");
    return element.mixinName();
  }

  @Override
  public boolean isArgSpec() {
    return is(IS_ARG_SPEC);
  }

  @Override
  public boolean isOption() {
    return is(IS_OPTION);
  }

  @Override
  public boolean isParameter() {
    return is(IS_PARAMETER);
  }

  @Override
  public boolean isArgGroup() {
    return is(IS_ARG_GROUP);
  }

  @Override
  public boolean isMixin() {
    return is(IS_MIXIN);
  }

  @Override
  public boolean isUnmatched() {
    return is(IS_UNMATCHED);
  }

  @Override
  public boolean isSpec() {
    return is(IS_SPEC);
  }

  @Override
  public boolean isParentCommand() {
    return is(IS_PARENT);
  }

  @Override
  public boolean isMultiValue() {
    return is(IS_MULTI);
  }

  @Override
  public boolean isInteractive() {
    return is(IS_INTERACTIVE);
  }

  @Override
  public boolean hasInitialValue() {
    return is(HAS_INITIAL);
  }

  @Override
  public boolean isMethodParameter() {
    return false;
  }

  @Override
  public int getMethodParamPosition() {
    return -1;
  }

  @Override
  public IScope scope() {
    return scope;
  }

  @Override
  public CommandLine.Model.IGetter getter() {
    return this;
  }

  @Override
  public CommandLine.Model.ISetter setter() {
    return this;
  }

  @Override
  public ITypeInfo getTypeInfo() {
    return types;
  }

  @Override
  public String getToString() {
    return element.text();
  }

  @Override
  public String toString() {
    return field.toString();
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("no field " + name + " in " + type.getName());
    }
  }
}
