package org.vcanalytics.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the packages under test resources to a temporary folder, to be loaded or corrupted. */
final class TestPackages {
  private TestPackages() {}

  static Path resource(String name) {
    try {
      return Path.of(TestPackages.class.getResource("/packages/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path copy(String name, Path to) {
    Path from = resource(name);
    try (Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
