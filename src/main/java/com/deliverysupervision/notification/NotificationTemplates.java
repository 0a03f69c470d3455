package com.deliverysupervision.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The text of each kind of notification, from {@code notifications/<message>.mustache}: its first
 * line is the subject, the rest the body. A variable the step does not have renders empty.
 */
@Component
class NotificationTemplates {
  private final Mustache.Compiler compiler = Mustache.compiler().defaultValue("").escapeHTML(false);
  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  /** Subject and body of the message for the model. */
  Rendered render(String message, Map<String, ?> model) {
    String text = templates.computeIfAbsent(message, this::compile).execute(model).strip();
    int lineEnd = text.indexOf('\n');
    return lineEnd < 0
        ? new Rendered(text, "")
        : new Rendered(text.substring(0, lineEnd).strip(), text.substring(lineEnd + 1).strip());
  }

  record Rendered(String subject, String body) {}

  private Template compile(String message) {
    ClassPathResource resource = new ClassPathResource("notifications/" + message + ".mustache");
    if (!resource.exists()) {
      throw new IllegalArgumentException(
          "No notification template notifications/" + message + ".mustache");
    }
    try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
      return compiler.compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
