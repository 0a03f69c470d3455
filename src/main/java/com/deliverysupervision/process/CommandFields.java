package com.deliverysupervision.process;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * What a Camunda command was given, which the commands do not tell: read from their fields, or
 * worked out by the command's own protected methods (the instances or jobs a batch will take).
 * Should an upgrade of Camunda rename one, the application does not start (the field or method is
 * looked up when the class that uses it loads), and SubmittedNamesTest fails.
 */
public final class CommandFields {
  private CommandFields() {}

  public static Field of(Class<?> command, String name) {
    try {
      Field field = command.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(
          command.getName() + " has no field " + name + " any more: follow Camunda's change", e);
    }
  }

  public static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read what " + command + " was given", e);
    }
  }

  public static Method method(Class<?> command, String name, Class<?>... parameters) {
    try {
      Method method = command.getDeclaredMethod(name, parameters);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          command.getName() + " has no method " + name + " any more: follow Camunda's change", e);
    }
  }

  /** Calls the command's method; what it throws is thrown as it is. */
  public static Object call(Method method, Object command, Object... arguments) {
    try {
      return method.invoke(command, arguments);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot ask " + command + " what it will do", e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException thrown) {
        throw thrown;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
