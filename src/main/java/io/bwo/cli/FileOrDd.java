package io.bwo.cli;

import io.bwo.platform.DumpInputs;
import io.bwo.platform.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * An input named as a FILE (run by hand) or as a DD with {@code --indd} (run as a JCL step):
 * used as an exclusive argument group by the commands that read a dump or a settings file.
 */
final class FileOrDd {
  @Parameters(paramLabel = "FILE", description = "The file to read.")
  Path file;

  @Option(names = "--indd", paramLabel = "DDNAME",
      description = "Read from this DD (off z/OS: DD_<DDNAME> names its file).")
  String indd;

  /** The file's path, or {@code DD NAME}, for messages. */
  String name() {
    return file != null ? file.toString() : "DD " + indd.toUpperCase(Locale.ROOT);
  }

  /**
   * Opens the input, to be read once end to end: the file, or the DD through the platform port;
   * from the disk with direct I/O where it is not in the page cache ({@link DumpInputs}).
   */
  InputStream open() throws IOException {
    return file != null ? DumpInputs.open(file) : Platform.jzos().openDumpInput(indd, true);
  }

  /** The reason of an open or read failure, for its message. */
  static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "NO SUCH FILE";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
