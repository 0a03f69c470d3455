package com.deliverysupervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Tasklist pages name the groups of {@link Roles} to decide what a page offers (the API's
 * answers still decide what a user may do): a group renamed in one place and not in the other would
 * hide a seller's or an administrator's buttons without any error.
 */
class TasklistPagesGroupsTest {
  private static final Path COMMON =
      Path.of(
          "src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/delivery-orders/common.js");
  private static final Pattern GROUPS =
      Pattern.compile("export const GROUPS = \\{([^}]*)\\}", Pattern.DOTALL);
  private static final Pattern ENTRY = Pattern.compile("(\\w+): '([^']*)'");

  @Test
  @DisplayName(
      "ALL-2 the groups the Tasklist pages name are the groups of Roles, each under its own name")
  void pagesNameTheGroupsOfRoles() throws IOException {
    Matcher block = GROUPS.matcher(Files.readString(COMMON));
    assertThat(block.find()).as("GROUPS in " + COMMON).isTrue();
    Map<String, String> named = new LinkedHashMap<>();
    Matcher entry = ENTRY.matcher(block.group(1));
    while (entry.find()) {
      named.put(entry.group(1), entry.group(2));
    }
    Set<String> roles =
        Arrays.stream(Roles.class.getFields())
            .filter(field -> Modifier.isStatic(field.getModifiers()))
            .map(TasklistPagesGroupsTest::valueOf)
            .collect(Collectors.toSet());

    assertThat(named).isNotEmpty();
    named.forEach(
        (key, group) -> {
          assertThat(roles).as(key).contains(group);
          assertThat(key).as("the key of " + group).isEqualTo(group);
        });
  }

  private static String valueOf(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
