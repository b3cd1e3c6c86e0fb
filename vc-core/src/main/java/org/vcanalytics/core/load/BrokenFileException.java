package org.vcanalytics.core.load;

/**
 * A file that cannot be read as the data contract says: not UTF-8, not CSV, a wrong header, a missing
 * required file or folder, a name that is not a regular file (a pipe, a device), an area file over
 * its size limit. The message names the file and the line; nothing of the package is loaded. The
 * message holds no control character (any there would be, from a path or a parser, is shown
 * escaped as <code>&#92;u001B</code>) and echoes no content of a file that does not look like CSV.
 */
public final class BrokenFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;

  /**
   * @param file the file's name
   * @param line the 1-based line at fault, or 0 when the file as a whole is at fault
   * @param message what is wrong; control characters in it are escaped
   * @param cause the underlying error, or null
   */
  public BrokenFileException(String file, long line, String message, Throwable cause) {
    super(SafeText.escaped(file + (line > 0 ? " line " + line : "") + ": " + message), cause);
    this.file = file;
    this.line = line;
  }

  /** @return the file's name */
  public String file() {
    return file;
  }

  /** @return the 1-based line at fault, or 0 when the file as a whole is at fault */
  public long line() {
    return line;
  }
}
