package com.deliverysupervision.process;

import java.lang.reflect.Field;

/**
 * What a Camunda command was given, which the commands do not tell: read from their fields. Should
 * an upgrade of Camunda rename one, the application does not start (the field is looked up when the
 * class that reads it loads), and SubmittedNamesTest fails.
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
}
