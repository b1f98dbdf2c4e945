package io.bwo.platform;

import com.ibm.jzos.MvsConsole;
import com.ibm.jzos.RecordReader;
import com.ibm.jzos.RecordWriter;
import com.ibm.jzos.WtoConstants;
import com.ibm.jzos.ZFile;
import com.ibm.jzos.ZFileException;
import com.ibm.jzos.ZUtil;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The {@link Platform} over the JZOS API. Text is decoded and encoded in {@link
 * ZUtil#getDefaultPlatformEncoding()}, as IBM's samples read data set records; WTOs go to the
 * programmer (routing code 11) as job status (descriptor code 6).
 */
final class JzosPlatform implements Platform {
  /** Symbolic links followed at most to where a dump is published, as open(2) does (ELOOP). */
  private static final int MAX_LINKS = 40;

  /** A DUMMY DD's file off z/OS. */
  private static final Path NULL_DEVICE = Path.of("/dev/null");

  /** The DDs the step has read records from or listed to: a dump may not go to their files. */
  private final Set<String> recordDds = ConcurrentHashMap.newKeySet();

  @Override
  public boolean ddExists(String dd) {
    String name = LocalDds.checkName(dd);
    try {
      return ZFile.ddExists(name);
    } catch (ZFileException e) { // IBM's declares it; z/OS fails when it cannot look
      throw ioError(name, e);
    }
  }

  @Override
  public List<String> readRecords(String dd) {
    String name = allocated(dd);
    recordDds.add(name);
    Charset charset = platformCharset();
    List<String> records = new ArrayList<>();
    try {
      RecordReader reader = RecordReader.newReaderForDD(name);
      try {
        byte[] record = new byte[reader.getLrecl()];
        for (int n = reader.read(record); n >= 0; n = reader.read(record)) {
          records.add(new String(record, 0, n, charset));
        }
      } finally {
        reader.close();
      }
    } catch (ZFileException e) {
      throw ioError(name, e);
    }
    return records;
  }

  @Override
  public Listing openListing(String dd) {
    String name = allocated(dd);
    recordDds.add(name);
    try {
      return new RecordListing(name, RecordWriter.newWriterForDD(name), platformCharset());
    } catch (ZFileException e) {
      throw ioError(name, e);
    }
  }

  /** A small dump (settings, say): through the page cache where it goes to a local file. */
  @Override
  public DumpOutput openDumpOutput(String dd) {
    return openDumpOutput(dd, 0, () -> false);
  }

  /**
   * To a local file: with direct I/O or through the page cache, as {@link DirectIo#forDump} says.
   */
  @Override
  public DumpOutput openDumpOutput(String dd, long dataBytes,
      BooleanSupplier applicationsCommit) {
    return openDumpOutput(dd, dataBytes, applicationsCommit, name -> { });
  }

  /** As the method above, naming a local file's temporary file before it is made. */
  @Override
  public DumpOutput openDumpOutput(String dd, long dataBytes,
      BooleanSupplier applicationsCommit, Consumer<String> named) {
    String name = LocalDds.checkName(dd);
    Optional<String> localFile = LocalDds.path(name);
    try {
      if (localFile.isPresent()) {
        refuseRecordDdsFile(name, Path.of(localFile.get()));
        return openLocalDump(name, localFile.get(),
            DirectIo.forDump(dataBytes, applicationsCommit), named);
      }
      return ZFileDumpOutput.inPlace(allocated(name));
    } catch (IOException e) {
      throw ioError(name, e);
    }
  }

  /**
   * BWO012E where the local file {@code path} of dump DD {@code dd} is also that of a DD the step
   * read its records from or lists to (SYSIN, SYSPRINT): renamed over, the deck or the listing
   * would be replaced by the dump; written in place (a pipe, /dev/stdout), the listing's lines and
   * the dump's bytes would mix. Not DUMMY's null device, which any number of DDs share.
   */
  private void refuseRecordDdsFile(String dd, Path path) {
    if (sameFile(path, NULL_DEVICE)) {
      return;
    }
    for (String other : recordDds) {
      Optional<String> file = LocalDds.path(other);
      if (file.isPresent() && sameFile(path, Path.of(file.get()))) {
        throw ioError(dd, path + " IS THE FILE OF DD " + other + " TOO: THE DUMP WOULD REPLACE"
            + " IT OR MIX WITH IT");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // one is not there yet: a file the dump makes
    }
  }

  /**
   * The dump on DD {@code dd}, allocated to the local file {@code path}: with direct I/O if
   * {@code directIo} and the file system allows it, else through the page cache.
   */
  static DumpOutput openLocalDump(String dd, String path, boolean directIo) throws IOException {
    return openLocalDump(dd, path, directIo, name -> { });
  }

  /** As the method above, telling {@code named} each temporary file's path before it is made. */
  static DumpOutput openLocalDump(String dd, String path, boolean directIo,
      Consumer<String> named) throws IOException {
    if (passesOn(Path.of(path))) {
      return ZFileDumpOutput.passedOn(dd, path);
    }
    String file = publishedAs(dd, Path.of(path)).toString();
    DirectDumpOutput direct = directIo ? DirectDumpOutput.open(dd, file, named) : null;
    return direct != null ? direct : ZFileDumpOutput.renamed(dd, file, named);
  }

  /**
   * Whether the local file {@code path} is a pipe or a device (DUMMY's /dev/null, a terminal,
   * /dev/stdout of a pipeline), which a dump is written to in place: renamed over, a pipe's reader
   * would get nothing and a device would be replaced by the dump's file, for every process of the
   * system.
   */
  static boolean passesOn(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class).isOther();
    } catch (IOException e) {
      return false; // not there: a file the dump makes
    }
  }

  /**
   * The file a dump to the local file {@code path} is published as, renamed over it: the file a
   * symbolic link names, so that the link stays and its file gets the dump, as the data set a DD
   * names would. BWO012E where {@code path} is there but is a directory.
   */
  static Path publishedAs(String dd, Path path) throws IOException {
    if (Files.exists(path)) {
      if (!Files.isRegularFile(path)) {
        throw ioError(dd, path + " IS NOT A FILE BUT A DIRECTORY: A DUMP IS WRITTEN TO A FILE"
            + " OF ITS OWN AND RENAMED OVER IT");
      }
      return path.toRealPath();
    }
    // A link to a file not yet there: the file is made where the link points.
    Path file = path.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(file) && hops < MAX_LINKS; hops++) {
      file = file.resolveSibling(Files.readSymbolicLink(file));
    }
    return file.normalize();
  }

  @Override
  public InputStream openDumpInput(String dd) {
    return openDumpInput(dd, false);
  }

  /**
   * A local file {@code fromDisk} is read as a step reads it ({@link DumpInputs#ofLocalFile}:
   * with direct I/O where it is not in the page cache after all, else through a channel); anything
   * else through a ZFile.
   */
  @Override
  public InputStream openDumpInput(String dd, boolean fromDisk) {
    Optional<Path> file = fromDisk ? localFile(dd) : Optional.empty();
    InputStream local = file.map(DumpInputs::ofLocalFile).orElse(null);
    if (local != null) {
      return local;
    }
    String name = allocated(dd);
    try {
      return new BufferedInputStream(
          new ZFileInputStream(new ZFile("//DD:" + name, "rb,noseek")), 256 * 1024);
    } catch (ZFileException e) {
      throw ioError(name, e);
    }
  }

  @Override
  public Optional<Path> localFile(String dd) {
    try {
      return LocalDds.path(LocalDds.checkName(dd)).map(f -> Path.of(f).toAbsolutePath());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  @Override
  public void wto(String text) {
    MvsConsole.wto(text, WtoConstants.ROUTCDE_PROGRAMMER_INFORMATION, WtoConstants.DESC_JOB_STATUS);
  }

  @Override
  public JobFacts job() {
    return new JobFacts(
        ZUtil.getCurrentJobname(),
        ZUtil.getCurrentJobId(),
        ZUtil.getCurrentStepname(),
        ZUtil.getCurrentUser());
  }

  @Override
  public void listenForOperatorCommands(OperatorCommands handler) {
    if (!MvsConsole.isListening()) {
      MvsConsole.startMvsCommandListener();
    }
    MvsConsole.registerMvsCommandCallback(new OperatorCommandCallback(handler, this::wto));
  }

  private String allocated(String dd) {
    String name = LocalDds.checkName(dd);
    if (!ddExists(name)) {
      throw BwoException.of(Msg.BWO011E, name);
    }
    return name;
  }

  private static Charset platformCharset() {
    return Charset.forName(ZUtil.getDefaultPlatformEncoding());
  }

  static BwoException ioError(String dd, IOException e) {
    return new BwoException(Message.of(Msg.BWO012E, dd, e.getMessage()), e);
  }

  static BwoException ioError(String dd, String reason) {
    return BwoException.of(Msg.BWO012E, dd, reason);
  }
}
