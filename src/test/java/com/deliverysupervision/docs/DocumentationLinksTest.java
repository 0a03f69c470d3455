package com.deliverysupervision.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A newcomer following the README and docs/ finds every file and picture they point to. */
class DocumentationLinksTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final int README_LINES = 150;

  @Test
  void everyLinkIntoTheProjectResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher link = LINK.matcher(Files.readString(page));
      while (link.find()) {
        String target = link.group(1).replaceFirst("#.*$", "");
        if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
          continue;
        }
        Path resolved =
            page.getParent() == null ? Path.of(target) : page.getParent().resolve(target);
        if (!Files.exists(resolved.normalize())) {
          broken.add(page + " -> " + link.group(1));
        }
      }
    }
    assertThat(broken).as("links to nothing").isEmpty();
  }

  @Test
  void theReadmeIsShortAndShowsEveryDiagram() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme.lines().count()).isLessThanOrEqualTo(README_LINES);
    for (Path diagram : DiagramPictures.diagrams()) {
      assertThat(readme).contains("](" + DiagramPictures.pictureOf(diagram) + ")");
    }
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }
}
