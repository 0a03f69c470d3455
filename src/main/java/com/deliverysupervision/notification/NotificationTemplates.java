package com.deliverysupervision.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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

  /**
   * Subject and body of the message for the model and the link. The model is asked only for the
   * variables the template shows (a process's variables are read one by one, as asked).
   */
  Rendered render(String message, Map<String, ?> model, String link) {
    Map<String, Object> linkOnly = new HashMap<>();
    linkOnly.put("link", link);
    StringWriter out = new StringWriter();
    templates.computeIfAbsent(message, this::compile).execute(linkOnly, model, out);
    String text = out.toString().strip();
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
