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
      try {
        OutputFiles.ownerOnly(out);
      } catch (IOException e) {
        throw new Refused(option + " " + out + " cannot be made readable by its owner only: " + e.getMessage());
      }
    }
  }

  /**
   * Removes an earlier output's files, or refuses a folder that holds anything else: every entry,
   * at any depth, must be listed in the manifest (or be a temporary file of an interrupted write).
   * Nothing is followed: a link is an entry like any other, removed as a link.
   */
  private static void clear(String option, Path out) {
    Path base = out.toAbsolutePath().normalize();
    try {
      List<String> present = entries(base);
      if (present.isEmpty()) {
        return;
      }
      Path manifest = base.resolve(MANIFEST);
      if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
        throw new Refused(
            option + " " + out + " is not empty and is not an earlier vc output (it has no " + MANIFEST
                + "); name a new or empty folder, so that no file of yours is overwritten");
      }
      java.util.Set<String> listed = new java.util.HashSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
      listed.add(MANIFEST);
      for (String e : present) {
        String name = Path.of(e).getFileName().toString();
        boolean temporary = name.startsWith(".vc-") && name.endsWith(".tmp");
        if (!listed.contains(e) && !temporary) {
          throw new Refused(
              option + " " + out + " holds " + Terminal.safe(e) + ", which vc did not write there; move it away"
                  + " or name a new or empty folder");
        }
      }
      // Deepest first, so that a folder is empty when its turn comes.
      List<String> order = new ArrayList<>(present);
      order.sort(java.util.Comparator.comparingInt((String e) -> Path.of(e).getNameCount()).reversed());
      for (String e : order) {
        Files.delete(base.resolve(e)); // a link is removed, never followed
      }
    } catch (IOException e) {
      throw new Refused(option + " " + out + " cannot be cleared of its earlier output: " + e.getMessage());
    }
  }

  /** Every entry under a folder, relative, with '/' between names; links are not followed. */
  private static List<String> entries(Path base) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(base)) { // walk does not follow links unless asked
      s.filter(p -> !p.equals(base)).forEach(p -> out.add(relative(base, p)));
    }
    out.sort(null);
    return out;
  }

  private static String relative(Path base, Path p) {
    StringBuilder b = new StringBuilder();
    for (Path part : base.relativize(p)) {
      b.append(b.length() == 0 ? "" : "/").append(part);
    }
    return b.toString();
  }

  /**
   * Writes the manifest of a folder prepared by {@link #prepare}: every entry in it now, which is
   * what this run wrote (the folder held nothing else once prepared). Called when a run ends,
   * whether it succeeded or not, so that a folder half-written by a failed run is still known as
   * vc's and can be written again.
   *
   * @param out the folder
   */
  public static void manifest(Path out) throws IOException {
    Path base = out.toAbsolutePath().normalize();
    if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    StringBuilder b = new StringBuilder();
    for (String e : entries(base)) {
      String name = Path.of(e).getFileName().toString();
      if (!e.equals(MANIFEST) && !(name.startsWith(".vc-") && name.endsWith(".tmp"))) {
        b.append(e).append('\n');
      }
    }
    OutputFiles.text(base.resolve(MANIFEST), b.toString());
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
