package backcare.commandmodel;

import picocli.CommandLine.Model.IScope;

/** Where a field lives: the command, a mixin, or an argument group's object once it is made. */
final class FieldScope implements IScope {
  private Object target;

  FieldScope(Object target) {
    this.target = target;
  }

  @SuppressWarnings("unchecked")
  @Override
  public <T> T get() {
    return (T) target;
  }

  @SuppressWarnings("unchecked")
  @Override
  public <T> T set(T value) {
    T old = (T) target;
    target = value;
    return old;
  }
}
