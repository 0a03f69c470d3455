package com.deliverysupervision.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The orders view draws diagrams with the bpmn-js the application serves (so that one command runs
 * it without Node.js); it is the version package.json names, copied from node_modules.
 */
class VendoredViewerTest {
  private static final Path SERVED =
      Path.of(
          "src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/delivery-orders/vendor");
  private static final Path INSTALLED = Path.of("node_modules/bpmn-js/dist");

  @Test
  void servedViewerIsTheInstalledOne() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(INSTALLED), "npm ci installs bpmn-js");
    for (String file : new String[] {"bpmn-navigated-viewer.production.min.js"}) {
      assertThat(Files.mismatch(SERVED.resolve(file), INSTALLED.resolve(file)))
          .as("%s differs from package.json's bpmn-js: copy it from %s", file, INSTALLED)
          .isEqualTo(-1L);
    }
    for (String file : new String[] {"diagram-js.css", "bpmn-js.css"}) {
      assertThat(Files.mismatch(SERVED.resolve(file), INSTALLED.resolve("assets").resolve(file)))
          .isEqualTo(-1L);
    }
  }
}
