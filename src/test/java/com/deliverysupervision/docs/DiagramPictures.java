package com.deliverysupervision.docs;

import com.deliverysupervision.support.Browser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Renders a picture of every diagram of {@code bpmn/} into {@code docs/diagrams/<process>.svg} with
 * bpmn-js, the viewer Camunda Modeler is built on (from {@code node_modules}, after {@code npm
 * ci}), in headless Chromium: {@code mvn -q test-compile exec:java@diagrams}. Each picture names
 * the SHA-256 of the diagram it shows, so that {@link DiagramPicturesTest} finds a picture that was
 * not rendered again after its diagram changed.
 */
public final class DiagramPictures {
  static final Path DIAGRAMS = Path.of("bpmn");
  static final Path PICTURES = Path.of("docs", "diagrams");
  private static final Path VIEWER =
      Path.of("node_modules", "bpmn-js", "dist", "bpmn-viewer.production.min.js");

  private static final String RENDER =
      "const done = arguments[arguments.length - 1];"
          + "document.body.innerHTML = '<div id=\"canvas\" style=\"width:1600px;height:900px\"></div>';"
          + "const viewer = new BpmnJS({ container: '#canvas' });"
          + "viewer.importXML(arguments[0])"
          + "  .then(() => viewer.saveSVG())"
          + "  .then(result => { viewer.destroy(); done(result.svg); })"
          + "  .catch(error => done('ERROR ' + error.message));";

  private DiagramPictures() {}

  public static void main(String[] args) throws IOException {
    if (!Files.exists(VIEWER)) {
      throw new IllegalStateException("bpmn-js is missing: run npm ci first");
    }
    System.setProperty("browser.required", "true");
    Files.createDirectories(PICTURES);
    ChromeDriver browser = Browser.open();
    try {
      browser.get("about:blank");
      browser.executeScript(Files.readString(VIEWER, StandardCharsets.UTF_8));
      for (Path diagram : diagrams()) {
        String svg = (String) browser.executeAsyncScript(RENDER, Files.readString(diagram));
        if (svg.startsWith("ERROR")) {
          throw new IllegalStateException(diagram + ": " + svg);
        }
        Path picture = pictureOf(diagram);
        Files.writeString(picture, stamped(svg, diagram), StandardCharsets.UTF_8);
        System.out.println(diagram + " -> " + picture);
      }
    } finally {
      browser.quit();
    }
  }

  static List<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(DIAGRAMS)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  static Path pictureOf(Path diagram) {
    return PICTURES.resolve(diagram.getFileName().toString().replaceFirst("\\.bpmn$", ".svg"));
  }

  /** The line each picture carries, naming the diagram's content it was rendered from. */
  static String stampOf(Path diagram) throws IOException {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(diagram));
      return "<!-- rendered from "
          + DIAGRAMS.getFileName()
          + "/"
          + diagram.getFileName()
          + " sha256:"
          + HexFormat.of().formatHex(digest)
          + " by mvn -q test-compile exec:java@diagrams -->";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String stamped(String svg, Path diagram) throws IOException {
    int afterDeclaration = svg.startsWith("<?xml") ? svg.indexOf('\n') + 1 : 0;
    return svg.substring(0, afterDeclaration)
        + stampOf(diagram)
        + "\n"
        + svg.substring(afterDeclaration)
        + (svg.endsWith("\n") ? "" : "\n");
  }
}
