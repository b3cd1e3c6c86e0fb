package org.vcanalytics.core.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Streams the records of one CSV file (RFC 4180; byte-order mark and CRLF accepted; strict UTF-8)
 * with the line each record starts on. Jackson CSV does the parsing; this class adds the line numbers,
 * the strict decoding and turns every low-level failure into a {@link BrokenFileException}.
 */
final class CsvRows implements Closeable {

  /** Jackson's own limit on one field, far above {@link LoadOptions#maxFieldLength()}. */
  private static final int JACKSON_MAX_STRING = 200_000_000;

  private static final CsvFactory FACTORY =
      CsvFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(JACKSON_MAX_STRING).build())
          .build();

  private final Path path;
  private final String file;
  private final CsvParser parser;
  private long line;
  private long blankLines;
  private String[] fields = new String[16];

  private CsvRows(Path path, CsvParser parser) {
    this.path = path;
    this.file = path.getFileName().toString();
    this.parser = parser;
  }

  static CsvRows open(Path path) {
    String file = path.getFileName().toString();
    InputStream in = null;
    try {
      in = Files.newInputStream(path);
      PushbackReader reader =
          new PushbackReader(
              new InputStreamReader(
                  in,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)),
              1);
      // A byte-order mark goes before the CSV parser sees it, so a quoted first header still parses.
      int first = reader.read();
      if (first != -1 && first != '\uFEFF') {
        reader.unread(first);
      }
      return new CsvRows(path, FACTORY.createParser((Reader) reader));
    } catch (IOException e) {
      closeQuietly(in);
      throw e instanceof CharacterCodingException
          ? notUtf8(path, e)
          : new BrokenFileException(file, 0, "cannot be opened: " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // already failing; the first error is the one to report
      }
    }
  }

  /** @return the 1-based line the last record returned by {@link #next()} starts on */
  long line() {
    return line;
  }

  /**
   * Reads the next record.
   *
   * @return its fields, or null at the end of the file
   * @throws BrokenFileException when the file is not UTF-8 or not CSV
   */
  String[] next() {
    while (true) {
      String[] record = record();
      // A line of only white space (or one empty quoted field) is a blank line, not a row.
      if (record == null || record.length != 1 || !record[0].isBlank()) {
        return record;
      }
      blankLines++;
    }
  }

  /** @return lines skipped by {@link #next()} as blank: only white space or an empty quoted field */
  long blankLines() {
    return blankLines;
  }

  private String[] record() {
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return null;
      }
      if (t != JsonToken.START_ARRAY) {
        throw broken("unexpected " + t, null);
      }
      int n = 0;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw broken("the file ends inside a record", null);
        }
        if (n == 0) {
          // The first field's token location is the record's first line (the START_ARRAY's is not).
          line = parser.currentTokenLocation().getLineNr();
        }
        if (n == fields.length) {
          fields = Arrays.copyOf(fields, 2 * n);
        }
        fields[n++] = parser.getText();
      }
      return Arrays.copyOf(fields, n); // one array per row; the buffer is this reader's, reused
    } catch (CharacterCodingException e) {
      throw notUtf8(path, e);
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notUtf8(path, e);
      }
      throw broken("is not valid CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notUtf8(path, e);
      }
      throw broken("cannot be read: " + e.getMessage(), e);
    }
  }

  /** The decoder reads ahead, so the line of the first bad byte is found by a second pass. */
  private static BrokenFileException notUtf8(Path path, Exception e) {
    return new BrokenFileException(
        path.getFileName().toString(),
        firstMalformedLine(path),
        "is not UTF-8 text; save it as UTF-8 (spreadsheets: \"CSV UTF-8\")",
        e);
  }

  static long firstMalformedLine(Path path) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    long lineNo = 1;
    try (InputStream in = Files.newInputStream(path)) {
      ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
      CharBuffer chars = CharBuffer.allocate(1 << 16);
      boolean eof = false;
      while (true) {
        int n = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        CoderResult r = decoder.decode(bytes, chars, eof);
        chars.flip();
        while (chars.hasRemaining()) {
          if (chars.get() == '\n') {
            lineNo++;
          }
        }
        chars.clear();
        if (r.isError()) {
          return lineNo;
        }
        bytes.compact();
        if (eof && bytes.position() == 0) {
          return 0;
        }
      }
    } catch (IOException e) {
      return 0;
    }
  }

  private BrokenFileException broken(String message, Throwable cause) {
    JsonLocation at = parser.currentLocation();
    long l = at == null ? line : Math.max(at.getLineNr(), 1);
    return new BrokenFileException(file, l, message, cause);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new BrokenFileException(file, line, "cannot be closed: " + e.getMessage(), e);
    }
  }
}
