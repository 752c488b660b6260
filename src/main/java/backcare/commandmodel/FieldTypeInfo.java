package backcare.commandmodel;

import backcare.commandmodel.CommandModel.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ITypeInfo;

/** A type as picocli reads it (its RuntimeTypeInfo, which is not public). */
final class FieldTypeInfo implements ITypeInfo {
  private final Class<?> type;
  private final Class<?>[] auxiliary;
  private final List<String> generics;

  FieldTypeInfo(Types t) {
    this.type = type(t.type());
    this.auxiliary = new Class<?>[t.auxiliary().length];
    for (int i = 0; i < auxiliary.length; i++) auxiliary[i] = type(t.auxiliary()[i]);
    this.generics = List.of(t.generics());
  }

  private FieldTypeInfo(Class<?> aux) {
    this.type = aux;
    this.auxiliary = new Class<?>[] {aux.isArray() ? aux.getComponentType() : aux};
    this.generics = List.of();
  }

  @Override
  public boolean isBoolean() {
    return auxiliary[0] == boolean.class || auxiliary[0] == Boolean.class;
  }

  @Override
  public boolean isMultiValue() {
    return isMultiValue(type);
  }

  @Override
  public boolean isArray() {
    return type.isArray() && type != char[].class;
  }

  @Override
  public boolean isCollection() {
    return java.util.Collection.class.isAssignableFrom(type);
  }

  @Override
  public boolean isMap() {
    return Map.class.isAssignableFrom(type);
  }

  @Override
  public boolean isOptional() {
    return "java.util.Optional".equals(type.getName());
  }

  @Override
  public boolean isEnum() {
    return auxiliary[0].isEnum();
  }

  @Override
  public String getClassName() {
    return type.getName();
  }

  @Override
  public String getClassSimpleName() {
    return type.getSimpleName();
  }

  @Override
  public Class<?> getType() {
    return type;
  }

  @Override
  public Class<?>[] getAuxiliaryTypes() {
    return auxiliary;
  }

  @Override
  public List<String> getActualGenericTypeArguments() {
    return generics;
  }

  @Override
  public List<ITypeInfo> getAuxiliaryTypeInfos() {
    List<ITypeInfo> infos = new ArrayList<>();
    for (Class<?> c : auxiliary) infos.add(new FieldTypeInfo(c));
    return infos;
  }

  @Override
  public List<String> getEnumConstantNames() {
    if (!isEnum()) return List.of();
    List<String> names = new ArrayList<>();
    for (Object c : auxiliary[0].getEnumConstants()) names.add(c.toString());
    return names;
  }

  private static final Map<String, Class<?>> PRIMITIVES =
      Map.of(
          "boolean", boolean.class,
          "int", int.class,
          "long", long.class,
          "double", double.class,
          "char", char.class,
          "byte", byte.class,
          "short", short.class,
          "float", float.class);

  /** The class of this name (as a Types names it), not initialised. */
  static Class<?> type(String name) {
    Class<?> primitive = PRIMITIVES.get(name);
    if (primitive != null) return primitive;
    try {
      return Class.forName(name, false, FieldTypeInfo.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What picocli counts as a multi-value type. */
  static boolean isMultiValue(Class<?> c) {
    return (c.isArray() && c != char[].class)
        || java.util.Collection.class.isAssignableFrom(c)
        || Map.class.isAssignableFrom(c);
  }
}
