package com.deliverysupervision.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's pictures show the diagrams as they are: each rendered from its diagram's content.
 */
class DiagramPicturesTest {

  static java.util.List<Path> diagrams() throws IOException {
    return DiagramPictures.diagrams();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void pictureShowsTheDiagramAsItIs(Path diagram) throws IOException {
    Path picture = DiagramPictures.pictureOf(diagram);
    assertThat(picture)
        .as("the picture of %s: render it with mvn -q test-compile exec:java@diagrams", diagram)
        .exists();
    assertThat(Files.readString(picture))
        .as(
            "%s changed after its picture was rendered: render it again with"
                + " mvn -q test-compile exec:java@diagrams",
            diagram)
        .contains(DiagramPictures.stampOf(diagram));
  }
}
