package org.vcanalytics.examples.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a command writes into, made safe before anything is written: it is never the input
 * folder, inside it or around it; it is a folder that can be written; and it is empty, new, or an
 * earlier output of {@code vc} — whose files, listed in its manifest {@value #MANIFEST}, are removed
 * first so that no stale output (an old {@code share/} folder, an old {@code hotspots-LEVEL.geojson})
 * survives beside the new ones. Any other non-empty folder is refused: {@code vc} never deletes a
 * file it did not write.
 */
public final class OutputFolder {
  private OutputFolder() {}

  /** The manifest of an output folder: one relative path per line, the files vc wrote there. */
  public static final String MANIFEST = ".vc-output";

  /** A folder that cannot be used, with one line saying why. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Checks an output folder against the input folders and readies it.
   *
   * @param option the option that named it, e.g. {@code --out}
   * @param out the output folder
   * @param inputs the input folders (may be empty)
   * @throws Refused saying why the folder cannot be used
   */
  public static void prepare(String option, Path out, List<Path> inputs) {
    Path target = resolved(out);
    for (Path in : inputs) {
      Path input = resolved(in);
      if (target.equals(input)) {
        throw new Refused(option + " " + out + " is the input folder; write the results somewhere else");
      }
      if (target.startsWith(input)) {
        throw new Refused(option + " " + out + " is inside the input folder " + in + "; write the results outside it");
      }
      if (input.startsWith(target)) {
        throw new Refused(option + " " + out + " holds the input folder " + in + "; write the results somewhere else");
      }
    }
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      throw new Refused(option + " " + out + " is a file (or a link), not a folder; name a new or empty folder");
    }
    Path existing = target;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new Refused(option + " " + out + " cannot be made: " + existing + " is not a folder");
    }
    if (!Files.isWritable(existing)) {
      throw new Refused(option + " " + out + " cannot be written: " + existing + " is not writable");
    }
    if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      clear(option, out);
    }
  }

  /** Removes an earlier output's files, or refuses a folder that holds anything else. */
  private static void clear(String option, Path out) {
    try {
      boolean empty;
      try (Stream<Path> s = Files.list(out)) {
        empty = s.findAny().isEmpty();
      }
      if (empty) {
        return;
      }
      Path manifest = out.resolve(MANIFEST);
      if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
        throw new Refused(
            option + " " + out + " is not empty and is not an earlier vc output (it has no " + MANIFEST
                + "); name a new or empty folder, so that no file of yours is overwritten");
      }
      List<Path> folders = new ArrayList<>();
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        Path f = out.resolve(line).normalize();
        if (line.isBlank() || !f.startsWith(out.normalize()) || f.equals(out.normalize())) {
          continue; // never outside the folder
        }
        if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
          folders.add(f);
        } else {
          Files.deleteIfExists(f); // a link is removed, never followed
        }
      }
      for (Path d : folders) {
        try (Stream<Path> s = Files.list(d)) {
          if (s.findAny().isEmpty()) {
            Files.delete(d);
          }
        }
      }
      Files.delete(manifest);
    } catch (IOException e) {
      throw new Refused(option + " " + out + " cannot be cleared of its earlier output: " + e.getMessage());
    }
  }

  /**
   * Writes the manifest of what was written into a folder.
   *
   * @param out the folder
   * @param files the files written, inside it
   */
  public static void manifest(Path out, List<Path> files) throws IOException {
    StringBuilder b = new StringBuilder();
    Path base = out.toAbsolutePath().normalize();
    List<String> lines = new ArrayList<>();
    for (Path f : files) {
      Path rel = base.relativize(f.toAbsolutePath().normalize());
      if (rel.getNameCount() > 1) {
        lines.add(rel.getName(0).toString()); // its folder, removed when empty
      }
      lines.add(rel.toString());
    }
    lines.stream().distinct().sorted().forEach(l -> b.append(l).append('\n'));
    OutputFiles.text(out.resolve(MANIFEST), b.toString());
  }

  /** The path with every existing part's links resolved, and the rest appended as written. */
  private static Path resolved(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }
}
