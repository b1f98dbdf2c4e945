package io.bwo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.jzos.RecordWriter;
import com.ibm.jzos.ZFile;
import io.bwo.message.BwoException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JzosPlatformTest extends LocalSystemTest {
  private final Platform platform = Platform.jzos();

  @Test
  void readRecordsReturnsSysinLinesPaddedToEightyColumns() throws IOException {
    Path sysin = system.dd("SYSIN", "sysin.txt");
    Files.writeString(sysin, " DUMP DATASET(INCLUDE(HLQ.**)) -\n   OUTDDNAME(TAPE)\n");

    List<String> records = platform.readRecords("SYSIN");

    assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r).hasSize(80));
    assertThat(records.get(0)).startsWith(" DUMP DATASET(INCLUDE(HLQ.**)) -").endsWith("  ");
    assertThat(records.get(1).strip()).isEqualTo("OUTDDNAME(TAPE)");
  }

  @Test
  void ddNamesAreCaseInsensitive() throws IOException {
    Files.writeString(system.dd("SYSIN", "sysin.txt"), "X\n");

    assertThat(platform.ddExists("sysin")).isTrue();
    assertThat(platform.readRecords("sysin")).hasSize(1);
  }

  @Test
  void readingAnUnallocatedDdIsBwo011e() {
    assertThat(platform.ddExists("NOSUCH")).isFalse();
    assertThatThrownBy(() -> platform.readRecords("NOSUCH"))
        .isInstanceOf(BwoException.class)
        .hasMessage("BWO011E DD NOSUCH IS NOT ALLOCATED");
  }

  @Test
  void defineDdAllocatesTheDdToAFile() throws IOException {
    Path file = dir.resolve("in.txt");
    Files.writeString(file, "HELLO\n");
    system.set("bwo.dd.INDD", "placeholder");

    Platform.defineDd("indd", file.toString());

    assertThat(platform.readRecords("INDD").get(0).strip()).isEqualTo("HELLO");
  }

  @Test
  void defineDdRefusesANameThatIsNotADdName() {
    assertThatThrownBy(() -> Platform.defineDd("9TOOLONGNAME", "x"))
        .isInstanceOf(BwoException.class)
        .hasMessageStartingWith("BWO010E DD 9TOOLONGNAME CANNOT BE DEFINED");
  }

  @Test
  void listingRecordsCarryAsaControlCharactersAndLoseTrailingBlanks() throws IOException {
    Path sysprint = system.dd("SYSPRINT", "sysprint.txt");

    try (Listing listing = platform.openListing("SYSPRINT")) {
      listing.heading("PAGE 0001     5695-DF175  DFSMSDSS V2R10.0 DATA SET SERVICES");
      listing.line("ADR101I (R/I)-RI01 (01), TASKID 001 HAS BEEN ASSIGNED TO COMMAND 'DUMP '   ");
      listing.line("");
    }

    assertThat(Files.readAllLines(sysprint))
        .containsExactly(
            "1PAGE 0001     5695-DF175  DFSMSDSS V2R10.0 DATA SET SERVICES",
            " ADR101I (R/I)-RI01 (01), TASKID 001 HAS BEEN ASSIGNED TO COMMAND 'DUMP '",
            "");
  }

  @Test
  void listingLineLongerThanARecordContinuesOnTheNextRecord() throws IOException {
    Path sysprint = system.dd("SYSPRINT", "sysprint.txt");
    String text = "A".repeat(132) + "B".repeat(10);

    try (Listing listing = platform.openListing("SYSPRINT")) {
      listing.line(text);
    }

    assertThat(Files.readAllLines(sysprint))
        .containsExactly(" " + "A".repeat(132), " " + "B".repeat(10));
  }

  @Test
  void listingRecordIsFilledByEncodedBytesSoThatANotSignFits() throws IOException {
    // UTF-8, the platform encoding off z/OS: the not sign of IF LASTCC ¬= 8 is two bytes.
    Path sysprint = system.dd("SYSPRINT", "sysprint.txt");
    String text = "IF LASTCC ¬= 8 THEN " + "A".repeat(111) + "B";

    try (Listing listing = new RecordListing("SYSPRINT", RecordWriter.newWriterForDD("SYSPRINT"),
        StandardCharsets.UTF_8)) {
      listing.line("IF LASTCC ¬= 8 THEN -");
      listing.line(text);
    }

    assertThat(Files.readAllLines(sysprint, StandardCharsets.UTF_8))
        .containsExactly(" IF LASTCC ¬= 8 THEN -", " " + text.substring(0, 131), " B");
  }

  @Test
  void dumpIsInvisibleUnderItsNameUntilPublished() throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    byte[] data = bytes(1_000_000);

    try (DumpOutput out = platform.openDumpOutput("TAPE")) {
      out.write(data, 0, 10);
      out.write(data[10]);
      out.write(data, 11, data.length - 11);
      out.flush();
      assertThat(tape).doesNotExist();
      out.publish();
    }

    assertThat(Files.readAllBytes(tape)).isEqualTo(data);
    assertNoTemporaryDump();
  }

  @Test
  void abandonedDumpLeavesNothingBehind() throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");

    DumpOutput out = platform.openDumpOutput("TAPE");
    out.write(bytes(5000));
    out.abandon();

    assertThat(tape).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).noneMatch(p -> p.getFileName().toString().startsWith("dump.bwo"));
    }
  }

  @ParameterizedTest(name = "direct I/O {0}")
  @ValueSource(booleans = {true, false})
  void aDumpWhoseWritesAnInterruptCutOffIsStillAbandonedWithoutATrace(boolean directIo)
      throws IOException {
    // A copy thread interrupted as the copy fails closes the file it writes under it (found by
    // the deck soak, round 23: the temporary file stayed, as its close failed first).
    Path tape = system.dd("TAPE", "dump.bwo");
    DumpOutput out = JzosPlatform.openLocalDump("TAPE", tape.toString(), directIo);
    out.write(bytes(5000));

    Thread.currentThread().interrupt();
    try {
      out.write(bytes(3 * DirectDumpOutput.BLOCK));
      out.flush();
    } catch (IOException e) {
      // Cut off, as the copy's were.
    } finally {
      Thread.interrupted();
    }
    out.abandon();

    assertThat(tape).doesNotExist();
    assertNoTemporaryDump();
  }

  @ParameterizedTest(name = "applications commit {0}")
  @ValueSource(booleans = {true, false})
  void aDumpsTemporaryFileIsNamedBeforeItIsMadeSoThatAKillInBetweenLeavesNothingUnnamed(
      boolean commit) throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    List<String> named = new ArrayList<>();
    // Committing applications have a dump written directly where the file system allows it.
    try (DumpOutput out = platform.openDumpOutput("TAPE", 1 << 20, () -> commit, name -> {
      assertThat(Path.of(name)).as("not made yet").doesNotExist();
      named.add(name);
    })) {
      assertThat(named).containsExactly(out.temporaryName().orElseThrow());
      assertThat(Path.of(named.get(0))).exists();
      out.write(bytes(5000));
      out.publish();
    }
    assertThat(Files.readAllBytes(tape)).isEqualTo(bytes(5000));
    assertThat(Path.of(named.get(0))).doesNotExist();
    // A journal that cannot record the name refuses the dump, and nothing is made.
    RuntimeException full = new IllegalStateException("journal full");
    assertThatThrownBy(() -> platform.openDumpOutput("TAPE", 1 << 20, () -> commit, name -> {
      throw full;
    })).isSameAs(full);
    assertNoTemporaryDump();
  }

  @ParameterizedTest(name = "direct I/O {0}")
  @ValueSource(booleans = {true, false})
  void aSecondDumpToTheSameFileWhileTheFirstIsWrittenIsRefusedAndTheFirstPublishesItsOwn(
      boolean directIo) throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    byte[] first = bytes(300_000);

    try (DumpOutput a = JzosPlatform.openLocalDump("TAPE", tape.toString(), directIo)) {
      a.write(first, 0, 1000);
      assertThatThrownBy(() -> JzosPlatform.openLocalDump("TAPE2", tape.toString(), directIo))
          .isInstanceOfSatisfying(BwoException.class, e -> assertThat(e.message().toString())
              .startsWith("BWO013E DD TAPE2: DUMP " + tape + " IS BEING WRITTEN BY ANOTHER RUN"));
      a.write(first, 1000, first.length - 1000);
      assertThat(a.temporaryName()).get().asString()
          .matches(".*/dump\\.bwo\\.[0-9a-f]{8}\\.tmp");
      a.publish();
    }

    assertThat(Files.readAllBytes(tape)).isEqualTo(first);
    assertNoTemporaryDump();
    // Once the first is published, the next dump of the file is written and replaces it.
    byte[] second = bytes(1234);
    try (DumpOutput b = JzosPlatform.openLocalDump("TAPE", tape.toString(), directIo)) {
      b.write(second);
      b.publish();
    }
    assertThat(Files.readAllBytes(tape)).isEqualTo(second);
  }

  @ParameterizedTest(name = "direct I/O {0}")
  @ValueSource(booleans = {true, false})
  void aDumpToADirectoryIsRefusedBeforeAnythingIsWrittenAndLeavesItAsItWas(boolean directIo)
      throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder.bwo"));

    assertThatThrownBy(() -> JzosPlatform.openLocalDump("TAPE", folder.toString(), directIo))
        .isInstanceOfSatisfying(BwoException.class, e -> assertThat(e.message().toString())
            .isEqualTo("BWO012E I/O ERROR ON DD TAPE: " + folder + " IS NOT A FILE BUT A"
                + " DIRECTORY: A DUMP IS WRITTEN TO A FILE OF ITS OWN AND RENAMED OVER IT"));

    assertThat(folder).isEmptyDirectory();
    assertNoTemporaryDump();
  }

  @ParameterizedTest(name = "direct I/O {0}")
  @ValueSource(booleans = {true, false})
  void aDumpToAPipeIsWrittenIntoItAsItComesAndCannotBeReadBack(boolean directIo)
      throws Exception {
    // Renamed over, a pipe (DD_TAPE=/dev/stdout | gzip) was replaced by a regular file and its
    // reader got nothing; the dump goes through it, and nothing of it stays to read back.
    Path pipe = LocalSystem.fifo(dir.resolve("dump.pipe"));
    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(pipe)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    byte[] dump = bytes(700_000);

    try (DumpOutput out = JzosPlatform.openLocalDump("TAPE", pipe.toString(), directIo)) {
      out.write(dump, 0, 1000);
      out.write(dump, 1000, dump.length - 1000);
      assertThat(out.readableBack()).isFalse();
      assertThat(out.temporaryName()).isEmpty();
      assertThat(out.publishedName()).isEmpty();
      out.publish();
    }

    assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(dump);
    assertThat(Files.isRegularFile(pipe)).isFalse();
    assertNoTemporaryDump();
  }

  @Test
  void aDumpToTheFileOfTheListingOrTheDeckIsRefusedAndLeavesThemAsTheyWere() throws Exception {
    Path sysin = system.dd("SYSIN", "sysin.txt");
    Files.writeString(sysin, " DUMP DATASET(INCLUDE(HLQ.**)) OUTDDNAME(TAPE)\n");
    Path sysprint = system.dd("SYSPRINT", "sysprint.txt");
    platform.readRecords("SYSIN");
    Listing listing = platform.openListing("SYSPRINT");
    listing.line(" ADR101I THE LISTING SO FAR");
    Path link = Files.createSymbolicLink(dir.resolve("tape.link"), sysprint);

    for (Path same : List.of(sysprint, link, sysin)) {
      system.set("bwo.dd.TAPE", same.toString());
      String of = same.equals(sysin) ? "SYSIN" : "SYSPRINT";
      assertThatThrownBy(() -> platform.openDumpOutput("TAPE", 1 << 20, () -> false))
          .isInstanceOfSatisfying(BwoException.class, e -> assertThat(e.message().toString())
              .isEqualTo("BWO012E I/O ERROR ON DD TAPE: " + same + " IS THE FILE OF DD " + of
                  + " TOO: THE DUMP WOULD REPLACE IT OR MIX WITH IT"));
    }
    // OUTDDNAME(SYSPRINT): the listing's own DD.
    assertThatThrownBy(() -> platform.openDumpOutput("SYSPRINT", 1 << 20, () -> false))
        .isInstanceOfSatisfying(BwoException.class, e -> assertThat(e.message().toString())
            .startsWith("BWO012E I/O ERROR ON DD SYSPRINT: " + sysprint + " IS THE FILE OF DD"));
    listing.line(" ADR012I THE LISTING GOES ON");
    listing.close();

    assertThat(Files.readString(sysprint)).contains("ADR101I", "ADR012I");
    assertThat(Files.readString(sysin)).startsWith(" DUMP");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
    }
  }

  @Test
  void aListingAndADumpMayBothBeDummy() throws Exception {
    system.set("bwo.dd.SYSPRINT", "/dev/null");
    system.set("bwo.dd.TAPE", "/dev/null");
    Listing listing = platform.openListing("SYSPRINT");

    // DUMMY is one device for any number of DDs: //SYSPRINT DD DUMMY and //TAPE DD DUMMY.
    try (DumpOutput out = platform.openDumpOutput("TAPE", 1 << 20, () -> false)) {
      out.write(bytes(1000));
      out.publish();
      assertThat(out.readableBack()).isFalse();
    }
    listing.line(" ADR012I");
    listing.close();
  }

  @Test
  void aDumpToADummyDdIsWrittenToTheNullDeviceAndLeavesItADevice() throws Exception {
    Path nullDevice = Path.of("/dev/null");
    system.set("bwo.dd.TAPE", nullDevice.toString());

    try (DumpOutput out = platform.openDumpOutput("TAPE")) {
      out.write(bytes(300_000));
      assertThat(out.readableBack()).isFalse();
      out.publish();
    }

    assertThat(Files.isRegularFile(nullDevice)).isFalse();
    assertThat(Files.size(nullDevice)).isZero();
  }

  @Test
  void aDumpWrittenInPlaceToADdCanBeReadBackUnlessTheDdIsDummy() throws Exception {
    // As on z/OS, where a DD is a data set or DUMMY and the dump is written to //DD:NAME.
    Path file = Files.write(dir.resolve("dataset.bwo"), new byte[0]);
    system.set("bwo.dd.TAPE", file.toString());
    String dummy = ZFile.allocDummyDDName();
    system.set("bwo.dd." + dummy, System.getProperty("bwo.dd." + dummy)); // freed after the test
    byte[] dump = bytes(1000);

    try (DumpOutput onFile = ZFileDumpOutput.inPlace("TAPE");
        DumpOutput onDummy = ZFileDumpOutput.inPlace(dummy)) {
      onFile.write(dump);
      onDummy.write(dump);
      assertThat(onFile.readableBack()).isTrue();
      assertThat(onDummy.readableBack()).isFalse();
      onFile.publish();
      onDummy.publish();
    }

    assertThat(Files.readAllBytes(file)).isEqualTo(dump);
  }

  @Test
  void aDumpFromAPipeIsReadAsItComes() throws Exception {
    Path pipe = LocalSystem.fifo(dir.resolve("dump.pipe"));
    byte[] dump = bytes(300_000);
    CompletableFuture<Void> fed = CompletableFuture.runAsync(() -> {
      try (OutputStream feed = Files.newOutputStream(pipe)) {
        feed.write(dump);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });

    ByteArrayOutputStream read = new ByteArrayOutputStream();
    try (InputStream in = DumpInputs.open(pipe)) {
      byte[] buf = new byte[100_000];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        read.write(buf, 0, n);
        // As a BufferedInputStream asks after a short read: a channel's available() asked for
        // its position and failed (ESPIPE; bwo verify stopped at the dump's 686th byte).
        assertThat(in.available()).isNotNegative();
      }
    }

    fed.get(10, TimeUnit.SECONDS);
    assertThat(read.toByteArray()).isEqualTo(dump);
  }

  @ParameterizedTest(name = "direct I/O {0}")
  @ValueSource(booleans = {true, false})
  void aDumpToASymbolicLinkIsPublishedAsTheFileItNamesAndTheLinkStays(boolean directIo)
      throws IOException {
    Path old = Files.write(dir.resolve("real.bwo"), bytes(100));
    Path link = Files.createSymbolicLink(dir.resolve("dump.bwo"), old.getFileName());
    Path ahead = Files.createSymbolicLink(dir.resolve("next.bwo"), dir.resolve("later.bwo"));
    byte[] dump = bytes(300_000);

    for (Path l : List.of(link, ahead)) {
      try (DumpOutput out = JzosPlatform.openLocalDump("TAPE", l.toString(), directIo)) {
        out.write(dump);
        out.publish();
      }
    }

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllBytes(old)).isEqualTo(dump);
    assertThat(Files.isSymbolicLink(ahead)).isTrue();
    assertThat(Files.readAllBytes(dir.resolve("later.bwo"))).isEqualTo(dump);
    assertNoTemporaryDump();
  }

  @Test
  void removingAbandonedTemporariesTakesADeadWritersAndLeavesALiveOnesToPublish()
      throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    Path dead = Files.writeString(dir.resolve("dump.bwo.0badcafe.tmp"), "HALF A DUMP");
    Path other = Files.writeString(dir.resolve("dump.bwo2.0badcafe.tmp"), "NOT OF THIS FILE");
    byte[] whole = bytes(5000);
    try (DumpOutput live = JzosPlatform.openLocalDump("TAPE", tape.toString(), false)) {
      live.write(whole);
      Files.writeString(dir.resolve("dump.bwo.12345678.tmp"), "DEAD TOO");

      DumpTemporary.removeAbandoned(tape);

      assertThat(dead).doesNotExist();
      assertThat(dir.resolve("dump.bwo.12345678.tmp")).doesNotExist();
      assertThat(other).exists();
      assertThat(Path.of(live.temporaryName().orElseThrow())).exists();
      live.publish();
    }
    assertThat(Files.readAllBytes(tape)).isEqualTo(whole);
  }

  @Test
  void temporaryDumpsWhoseWriterDiedAreRemovedByTheNextDumpOfTheFileAndNothingElse()
      throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    List<Path> dead = List.of(dir.resolve("dump.bwo.tmp"), dir.resolve("dump.bwo.0badf00d.tmp"));
    List<Path> others = List.of(dir.resolve("dump.bwo.notours.tmp"), dir.resolve("other.bwo.tmp"),
        dir.resolve("dump.bwo.1234"));
    for (Path p : dead) {
      Files.write(p, bytes(100));
    }
    for (Path p : others) {
      Files.write(p, bytes(100));
    }

    try (DumpOutput out = platform.openDumpOutput("TAPE")) {
      out.write(bytes(10));
      out.publish();
    }

    assertThat(dead).allSatisfy(p -> assertThat(p).doesNotExist());
    assertThat(others).allSatisfy(p -> assertThat(p).exists());
    assertThat(tape).hasSize(10);
  }

  @Test
  void closingWithoutPublishAbandonsAndKeepsAnEarlierDump() throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    Files.writeString(tape, "earlier good dump");

    try (DumpOutput out = platform.openDumpOutput("TAPE")) {
      out.write(bytes(100));
    }

    assertThat(Files.readString(tape)).isEqualTo("earlier good dump");
    assertNoTemporaryDump();
  }

  @Test
  void aDumpForcedWhileWrittenIsPublishedWholeAndLeavesNoWritebackThread() throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    byte[] block = bytes(1 << 20);
    int blocks = (int) (2 * EarlyWriteback.EVERY / block.length) + 3;

    // Through the page cache, as where the file system refuses direct I/O.
    try (DumpOutput out = ZFileDumpOutput.renamed("TAPE", tape.toString())) {
      for (int i = 0; i < blocks; i++) {
        block[0] = (byte) i;
        out.write(block);
      }
      out.publish();
    }

    assertThat(Files.size(tape)).isEqualTo((long) blocks * block.length);
    try (var in = Files.newInputStream(tape)) {
      for (int i = 0; i < blocks; i++) {
        byte[] read = in.readNBytes(block.length);
        block[0] = (byte) i;
        assertThat(read).as("block %d", i).isEqualTo(block);
      }
    }
    assertThat(threadsNamed("bwo-writeback")).isZero();
  }

  @Test
  void aDumpAbandonedWhileForcedLeavesNothingBehindAndNoWritebackThread() throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    byte[] block = bytes(1 << 20);

    DumpOutput out = ZFileDumpOutput.renamed("TAPE", tape.toString());
    for (long i = 0; i <= EarlyWriteback.EVERY / block.length; i++) {
      out.write(block);
    }
    out.abandon();

    assertThat(tape).doesNotExist();
    assertNoTemporaryDump();
    assertThat(threadsNamed("bwo-writeback")).isZero();
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 4095, 4096, DirectDumpInput.BLOCK - 1, DirectDumpInput.BLOCK,
      DirectDumpInput.BLOCK + 1, 3 * DirectDumpInput.BLOCK + 5 * 4096 + 123})
  void aDumpReadFromTheDiskIsReadByteForByteWhateverTheSizesOfTheReads(int size)
      throws IOException {
    byte[] data = bytes(size);
    Path tape = dumpFileHolding(data);

    java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
    DirectDumpInput direct = DirectDumpInput.open(tape);
    // Direct where the temporary folder's file system allows it (ext4, xfs, tmpfs since 6.6).
    assertThat(direct != null).isEqualTo(directIoIn(dir));
    try (InputStream in = direct != null ? direct : Files.newInputStream(tape)) {
      byte[] b = new byte[DirectDumpInput.BLOCK + 3];
      int[] lengths = {1, 4095, 7, DirectDumpInput.BLOCK + 3, 65_536};
      for (int i = 0; ; i++) {
        if (i % 3 == 2) {
          int one = in.read();
          if (one < 0) {
            break;
          }
          read.write(one);
          continue;
        }
        int n = in.read(b, 0, lengths[i % lengths.length]);
        if (n < 0) {
          break;
        }
        read.write(b, 0, n);
      }
      assertThat(in.read()).as("still at its end").isEqualTo(-1);
    }
    assertThat(read.toByteArray()).isEqualTo(data);
    assertThat(threadsNamed("bwo-read-ahead")).as("its reading thread, once closed").isZero();
  }

  @Test
  void aDumpReadFromTheDiskIsReadAheadOfTheCallerAndClosedHalfwayStopsReading()
      throws Exception {
    byte[] data = bytes(8 * DirectDumpInput.BLOCK);
    Path tape = dumpFileHolding(data);
    assumeTrue(directIoIn(dir), "direct I/O in the temporary folder's file system");

    try (DirectDumpInput in = DirectDumpInput.open(tape)) {
      assertThat(in.read()).isEqualTo(data[0] & 0xff);
      // The caller holds the first block; the disk is kept busy with the next ones meanwhile.
      waitUntil(() -> in.blocksRead() == 1 + DirectDumpInput.AHEAD);
      Thread.sleep(50);
      assertThat(in.blocksRead()).as("no further ahead than that").isEqualTo(
          1 + DirectDumpInput.AHEAD);
      byte[] rest = new byte[DirectDumpInput.BLOCK];
      assertThat(in.readNBytes(rest, 0, rest.length)).isEqualTo(rest.length);
      assertThat(rest).isEqualTo(Arrays.copyOfRange(data, 1, 1 + rest.length));
      assertThat(threadsNamed("bwo-read-ahead")).isOne();
    }
    assertThat(threadsNamed("bwo-read-ahead")).as("stopped by the close, halfway").isZero();
  }

  @Test
  void aDumpWhoseReadFailsHalfwayGivesItsBytesUpToThereThenTheFailureAtEveryRead()
      throws IOException {
    byte[] data = bytes(5 * DirectDumpInput.BLOCK);
    Path tape = dumpFileHolding(data);
    // The third block cannot be read: the first two are the caller's, and nothing after them.
    RecordingChannel disk = new RecordingChannel(FileChannel.open(tape, StandardOpenOption.READ))
        .failingReadsFrom(2L * DirectDumpInput.BLOCK + 4096);

    try (DirectDumpInput in = new DirectDumpInput(disk, 4096)) {
      byte[] first = new byte[2 * DirectDumpInput.BLOCK];
      assertThat(in.readNBytes(first, 0, first.length)).isEqualTo(first.length);
      assertThat(first).isEqualTo(Arrays.copyOf(data, first.length));

      assertThatThrownBy(in::read).isInstanceOf(IOException.class)
          .hasMessage("Input/output error");
      // Not an end of file that a caller could take for a shorter dump.
      assertThatThrownBy(() -> in.read(first, 0, 10)).isInstanceOf(IOException.class)
          .hasMessage("Input/output error");
      assertThat(in.blocksRead()).as("the reading thread stopped at the failure").isEqualTo(2);
    }
    assertThat(threadsNamed("bwo-read-ahead")).isZero();
    assertThat(disk.isOpen()).isFalse();
  }

  @Test
  void aDumpReadFromTheDiskIntoBuffersIsReadByteForByteAndEndsAsAStreamDoes()
      throws IOException {
    byte[] data = bytes(3 * DirectDumpInput.BLOCK + 5 * 4096 + 123);
    Path tape = dumpFileHolding(data);
    java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
    // RESTORE reads a chunk into the buffer it writes it from: direct, of any length up to 1 MiB.
    try (DirectDumpInput in = new DirectDumpInput(FileChannel.open(tape), 4096)) {
      int[] lengths = {1, DirectDumpInput.BLOCK, 4095, 65_536, DirectDumpInput.BLOCK - 7};
      for (int i = 0; ; i++) {
        if (i % 4 == 3) {
          int one = in.read();
          if (one < 0) {
            break;
          }
          read.write(one);
          continue;
        }
        ByteBuffer b = ByteBuffer.allocateDirect(lengths[i % lengths.length]);
        int n = in.read(b);
        if (n < 0) {
          break;
        }
        assertThat(n).isPositive().isEqualTo(b.position());
        byte[] got = new byte[n];
        b.flip().get(got);
        read.write(got);
      }
      assertThat(in.read(ByteBuffer.allocateDirect(10))).as("still at its end").isEqualTo(-1);
      assertThat(in.read(ByteBuffer.allocate(0))).isZero();
    }
    assertThat(read.toByteArray()).isEqualTo(data);
  }

  @Test
  void aDumpFileNotInThePageCacheIsVerifiedFromTheDiskOneInItThroughIt() throws IOException {
    byte[] data = bytes(2 * DirectDumpInput.BLOCK + 123);
    Path cached = dir.resolve("cached.bwo");
    Files.write(cached, data);
    try (InputStream in = DumpInputs.open(cached)) {
      assertThat(in).isNotInstanceOf(DirectDumpInput.class);
      assertThat(in.readAllBytes()).isEqualTo(data);
    }

    Path cold = dir.resolve("cold.bwo");
    try (DumpOutput out = JzosPlatform.openLocalDump("TAPE", cold.toString(), true)) {
      out.write(data);
      out.publish();
    }
    boolean direct = directIoIn(dir);
    // Written directly, none of it but its last partial block went through the page cache.
    assertThat(PageCache.holds(cold)).isEqualTo(!direct);
    try (InputStream in = DumpInputs.open(cold)) {
      assertThat(in instanceof DirectDumpInput).isEqualTo(direct);
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
    system.set("bwo.dd.TAPE", cold.toString());
    try (InputStream in = platform.openDumpInput("TAPE", true)) {
      assertThat(in instanceof DirectDumpInput).as("the step's read-back").isEqualTo(direct);
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
  }

  @Test
  void aDumpThatMayBeOnTheDiskOnlyIsReadFromItUnlessItIsInThePageCache()
      throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    Files.write(tape, bytes(4096));
    try (InputStream in = platform.openDumpInput("TAPE", true)) {
      assertThat(in).as("just written through the page cache").isNotInstanceOf(
          DirectDumpInput.class);
      // Read through a channel, which can read a chunk straight into RESTORE's buffer.
      assertThat(in).isInstanceOf(ChannelDumpInput.class);
      assertThat(in.readAllBytes()).isEqualTo(bytes(4096));
    }
  }

  @Test
  void aDumpInThePageCacheIsReadThroughIt() throws IOException {
    Files.write(system.dd("TAPE", "dump.bwo"), bytes(4096));
    try (InputStream in = platform.openDumpInput("TAPE")) {
      assertThat(in).isNotInstanceOf(DirectDumpInput.class);
    }
    try (InputStream in = platform.openDumpInput("TAPE", false)) {
      assertThat(in).isNotInstanceOf(DirectDumpInput.class);
    }
  }

  @Test
  void aDumpWrittenWithDirectIoIsPublishedByteForByteWhateverTheSizesOfTheWrites()
      throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    Files.writeString(tape, "earlier good dump");
    // Three whole blocks and a tail that ends inside a file system block.
    byte[] data = bytes(3 * DirectDumpOutput.BLOCK + 5 * 4096 + 123);

    try (DumpOutput out = JzosPlatform.openLocalDump("TAPE", tape.toString(), true)) {
      // Direct where the temporary folder's file system allows it (ext4, xfs, tmpfs since 6.6).
      assertThat(out instanceof DirectDumpOutput).isEqualTo(directIoIn(dir));
      int at = 0;
      for (int len : new int[] {1, 4095, 1 << 20, DirectDumpOutput.BLOCK + 7, 65_536}) {
        out.write(data, at, len);
        at += len;
      }
      out.write(data[at++]);
      out.write(data, at, data.length - at);
      assertThat(Files.readString(tape)).isEqualTo("earlier good dump");
      out.publish();
    }

    assertThat(Files.readAllBytes(tape)).isEqualTo(data);
    assertNoTemporaryDump();
    assertThat(threadsNamed("bwo-dump-writer")).isZero();
  }

  /**
   * Its writers start when the first block is handed over, from the thread that hands it (and at
   * its priority), unless asked to start from the caller: the copy's threads run lower.
   */
  @Test
  void aDirectDumpAskedToWriteAtItsCallersPriorityStartsItsWritersThen() throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    byte[] data = bytes(3 * DirectDumpOutput.BLOCK);
    try (DumpOutput out = JzosPlatform.openLocalDump("TAPE", tape.toString(), true)) {
      boolean direct = out instanceof DirectDumpOutput;
      assertThat(direct).isEqualTo(directIoIn(dir));
      assertThat(threadsNamed("bwo-dump-writer")).as("none before a block is written").isZero();
      out.writeAtCallersPriority();
      assertThat(threadsNamed("bwo-dump-writer"))
          .isEqualTo(direct ? DirectDumpOutput.IN_FLIGHT : 0);
      out.write(data);
      out.publish();
    }
    assertThat(Files.readAllBytes(tape)).isEqualTo(data);
    assertThat(threadsNamed("bwo-dump-writer")).isZero();
  }

  @Test
  void whileTheLogIsForcedADirectDumpWritesItsBlocksSyncedAndOtherwiseNot() throws IOException {
    byte[] data = bytes((int) (3 * DirectDumpOutput.PACE + 5000));
    long blocks = data.length / DirectDumpOutput.BLOCK;
    AtomicLong logForces = new AtomicLong();
    boolean direct = directIoIn(dir);

    // The applications commit all through the dump: the log's force count grows between looks,
    // and every block is persisted as it is written; the dump never forces itself.
    assertThat(pacingWriting("BUSY", data, logForces::incrementAndGet))
        .isEqualTo(direct ? List.of(0L, blocks) : PAGE_CACHE);
    // Nobody commits: the count stands still and the dump is forced only at its end.
    assertThat(pacingWriting("IDLE", data, () -> 42))
        .isEqualTo(direct ? List.of(0L, 0L) : PAGE_CACHE);
    // One commit as the dump starts: the blocks of the next PACE bytes are synced, no more.
    long[] once = {0};
    assertThat(pacingWriting("ONCE", data, () -> once[0]++ == 0 ? 0 : 1))
        .isEqualTo(direct ? List.of(0L, DirectDumpOutput.PACE / DirectDumpOutput.BLOCK)
            : PAGE_CACHE);
  }

  @Test
  void withoutASyncedDescriptorADirectDumpForcesItselfEveryPaceWhileTheLogIsForced()
      throws IOException {
    byte[] data = bytes((int) (3 * DirectDumpOutput.PACE + 5000));
    AtomicLong logForces = new AtomicLong();
    boolean direct = directIoIn(dir);
    system.set("bwo.dump.synced", "false");
    assertThat(pacingWriting("BUSY", data, logForces::incrementAndGet))
        .isEqualTo(direct ? List.of(3L, 0L) : PAGE_CACHE);
    assertThat(pacingWriting("IDLE", data, () -> 42))
        .isEqualTo(direct ? List.of(0L, 0L) : PAGE_CACHE);
  }

  @Test
  void aDirectDumpAskedForLargerBlocksPersistsThatMuchPerSyncedWrite() throws IOException {
    byte[] data = bytes((int) (3 * DirectDumpOutput.PACE + 5000));
    boolean direct = directIoIn(dir);
    AtomicLong logForces = new AtomicLong();
    int largest = DirectDumpOutput.LARGEST_BLOCK;

    assertThat(pacingWriting("LARGE", data, logForces::incrementAndGet, largest))
        .isEqualTo(direct ? List.of(0L, (long) data.length / largest) : PAGE_CACHE);
    // More than the largest is the largest; what is not whole file system blocks is cut to them.
    assertThat(pacingWriting("HUGE", data, logForces::incrementAndGet, 3 * largest + 123))
        .isEqualTo(direct ? List.of(0L, (long) data.length / largest) : PAGE_CACHE);
    long fsBlock = Files.getFileStore(dir).getBlockSize();
    int odd = (1 << 20) + 5000;
    assertThat(pacingWriting("ODD", data, logForces::incrementAndGet, odd))
        .isEqualTo(direct ? List.of(0L, data.length / (odd / fsBlock * fsBlock)) : PAGE_CACHE);
  }

  @Test
  void aDirectDumpPersistsInTheBlocksAskedForThemWhileTheLogIsForcedAndNoneWhileItIsNot()
      throws IOException {
    byte[] data = bytes((int) (3 * DirectDumpOutput.PACE + 5000));
    boolean direct = directIoIn(dir);
    AtomicLong logForces = new AtomicLong();
    int quarter = 256 << 10;

    // While the log is forced, every whole block is persisted, a fourth of a MiB each.
    assertThat(pacingWriting("BUSY", data, logForces::incrementAndGet, 1 << 20, quarter))
        .isEqualTo(direct ? List.of(0L, (long) data.length / quarter) : PAGE_CACHE);
    // While it is not, none is, whatever size the persisted ones would take.
    assertThat(pacingWriting("IDLE", data, () -> 42, 1 << 20, quarter))
        .isEqualTo(direct ? List.of(0L, 0L) : PAGE_CACHE);
  }

  @Test
  void theFirstBlockStartedAfterTheLogIsForcedIsPersistedInTheSizeAskedForIt()
      throws IOException {
    Path tape = system.dd("SWITCH", "switch.bwo");
    byte[] data = bytes(8 << 20);
    AtomicLong logForces = new AtomicLong();
    long synced;
    try (DumpOutput out = JzosPlatform.openLocalDump("SWITCH", tape.toString(), true)) {
      out.paceBy(logForces::get);
      out.writeInBlocksOf(1 << 20);
      out.persistInBlocksOf(256 << 10);
      out.write(data, 0, 4 << 20);
      logForces.incrementAndGet();
      out.write(data, 4 << 20, 4 << 20);
      out.publish();
      synced = out instanceof DirectDumpOutput d ? d.syncedBlocks() : -1;
    }

    assertThat(Files.readAllBytes(tape)).isEqualTo(data);
    // Four 1 MiB blocks while nothing was forced, and the fifth, started before the force; the
    // last 3 MiB in twelve persisted blocks of 256 KiB.
    assertThat(synced).isEqualTo(directIoIn(dir) ? 12 : -1);
  }

  /** What {@link #pacingWriting} gives where the file system refuses direct I/O. */
  private static final List<Long> PAGE_CACHE = List.of();

  /**
   * Writes {@code data} to a new dump on DD {@code dd} paced by {@code logForces}, asking for
   * direct I/O: how many times it forced itself and how many blocks it wrote synced; {@link
   * #PAGE_CACHE} if it went through the page cache (whose early writeback bounds it instead).
   */
  private List<Long> pacingWriting(String dd, byte[] data,
      LongSupplier logForces) throws IOException {
    return pacingWriting(dd, data, logForces, 0);
  }

  /** As above, the output first asked for blocks of {@code blockBytes} unless 0. */
  private List<Long> pacingWriting(String dd, byte[] data,
      LongSupplier logForces, int blockBytes) throws IOException {
    return pacingWriting(dd, data, logForces, blockBytes, 0);
  }

  /** As above, and for persisted blocks of {@code persistedBytes} unless 0. */
  private List<Long> pacingWriting(String dd, byte[] data,
      LongSupplier logForces, int blockBytes, int persistedBytes) throws IOException {
    Path tape = system.dd(dd, dd + ".bwo");
    List<Long> pacing;
    try (DumpOutput out = JzosPlatform.openLocalDump(dd, tape.toString(), true)) {
      out.paceBy(logForces);
      if (blockBytes > 0) {
        out.writeInBlocksOf(blockBytes);
      }
      if (persistedBytes > 0) {
        out.persistInBlocksOf(persistedBytes);
      }
      for (int at = 0; at < data.length; at += 65_536) {
        out.write(data, at, Math.min(65_536, data.length - at));
      }
      out.publish();
      pacing = out instanceof DirectDumpOutput d
          ? List.of((long) d.pacedForces(), d.syncedBlocks()) : PAGE_CACHE;
    }
    assertThat(Files.readAllBytes(tape)).isEqualTo(data);
    return pacing;
  }

  @Test
  void aDumpOfLessThanOneBlockWithDirectIoIsPublishedWhole() throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    byte[] data = bytes(100);

    try (DumpOutput out = JzosPlatform.openLocalDump("TAPE", tape.toString(), true)) {
      out.write(data);
      out.publish();
    }

    assertThat(Files.readAllBytes(tape)).isEqualTo(data);
  }

  @Test
  void aDumpAbandonedWhileWrittenWithDirectIoLeavesNothingBehind() throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    byte[] data = bytes(2 * DirectDumpOutput.BLOCK + 10);

    DumpOutput out = JzosPlatform.openLocalDump("TAPE", tape.toString(), true);
    out.write(data);
    out.abandon();

    assertThat(tape).doesNotExist();
    assertNoTemporaryDump();
    assertThat(threadsNamed("bwo-dump-writer")).isZero();
    assertThatThrownBy(() -> out.write(1)).isInstanceOf(IOException.class);
  }

  @Test
  void aDumpOfUpToAGibibyteGoesThroughThePageCacheALargerOneWithDirectIo() throws IOException {
    system.dd("TAPE", "dump.bwo");

    try (DumpOutput out = platform.openDumpOutput("TAPE")) {
      assertThat(out).isInstanceOf(ZFileDumpOutput.class);
    }
    try (DumpOutput out = platform.openDumpOutput("TAPE", DirectIo.PAGED_BYTES, () -> false)) {
      assertThat(out).isInstanceOf(ZFileDumpOutput.class);
    }
    try (DumpOutput out = platform.openDumpOutput("TAPE", DirectIo.PAGED_BYTES + 1,
        () -> false)) {
      // Direct where the temporary folder's file system allows it (ext4, xfs, tmpfs since 6.6).
      assertThat(out instanceof DirectDumpOutput).isEqualTo(directIoIn(dir));
    }
  }

  @Test
  void aSmallDumpStartedWhileTheApplicationsCommitIsWrittenWithDirectIo() throws IOException {
    system.dd("TAPE", "dump.bwo");

    try (DumpOutput out = platform.openDumpOutput("TAPE", 1 << 20, () -> true)) {
      assertThat(out instanceof DirectDumpOutput).isEqualTo(directIoIn(dir));
    }
  }

  @Test
  void whileTheLogIsForcedADumpThroughThePageCacheIsForcedInShortStretches() throws IOException {
    byte[] block = bytes(1 << 20);
    long size = EarlyWriteback.IDLE_EVERY * 2;
    AtomicLong logForces = new AtomicLong();

    // The applications commit all through the dump: a force every short stretch.
    assertThat(earlyForcesWriting("BUSY", block, size, logForces::incrementAndGet))
        .isEqualTo(size / EarlyWriteback.EVERY);
    // Nobody commits: a force every long one.
    assertThat(earlyForcesWriting("IDLE", block, size, () -> 42))
        .isEqualTo(size / EarlyWriteback.IDLE_EVERY);
  }

  /** Writes {@code size} bytes to a new dump through the page cache; returns its early forces. */
  private long earlyForcesWriting(String dd, byte[] block, long size,
      LongSupplier logForces) throws IOException {
    Path tape = system.dd(dd, dd + ".bwo");
    long forces;
    try (ZFileDumpOutput out = ZFileDumpOutput.renamed(dd, tape.toString())) {
      out.paceBy(logForces);
      for (long at = 0; at < size; at += block.length) {
        out.write(block);
      }
      out.publish();
      forces = out.earlyForces();
    }
    assertThat(Files.size(tape)).isEqualTo(size);
    return forces;
  }

  @Test
  void withDirectIoOffTheDumpGoesThroughThePageCache() throws IOException {
    Path tape = system.dd("TAPE", "dump.bwo");
    byte[] data = bytes(5000);

    try (DumpOutput out = JzosPlatform.openLocalDump("TAPE", tape.toString(), false)) {
      assertThat(out).isInstanceOf(ZFileDumpOutput.class);
      out.write(data);
      out.publish();
    }

    assertThat(Files.readAllBytes(tape)).isEqualTo(data);
  }

  @Test
  void aDumpDdInADirectoryThatIsNotThereFailsWithItsMessageAndLeavesNothing() {
    system.dd("TAPE", "no/such/dir/dump.bwo");

    assertThatThrownBy(() -> platform.openDumpOutput("TAPE"))
        .isInstanceOf(BwoException.class).hasMessageContaining("BWO012E");
    assertThat(dir.resolve("no")).doesNotExist();
  }

  static boolean directIoIn(Path folder) throws IOException {
    Path probe = folder.resolve("direct.probe");
    DirectIo.Aligned d = DirectIo.open(probe, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE);
    if (d == null) {
      return false;
    }
    d.channel().close();
    Files.delete(probe);
    return DirectDumpOutput.BLOCK % d.alignment() == 0;
  }

  /** dump.bwo in the temporary folder, holding {@code data}. */
  private Path dumpFileHolding(byte[] data) throws IOException {
    return Files.write(dir.resolve("dump.bwo"), data);
  }

  private static long threadsNamed(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(name) && t.isAlive()).count();
  }

  @Test
  void writingAfterPublishFails() throws IOException {
    system.dd("TAPE", "dump.bwo");
    DumpOutput out = platform.openDumpOutput("TAPE");
    out.publish();

    assertThatThrownBy(() -> out.write(new byte[] {1})).isInstanceOf(IOException.class);
  }

  @Test
  void dumpInputReadsThePublishedBytes() throws IOException {
    system.dd("TAPE", "dump.bwo");
    byte[] data = bytes(700_001);
    try (DumpOutput out = platform.openDumpOutput("TAPE")) {
      out.write(data);
      out.publish();
    }

    try (InputStream in = platform.openDumpInput("TAPE")) {
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
  }

  @Test
  void wtoGoesToTheConsoleLogWithTimeAndJob() throws IOException {
    platform.wto("BWO201I FREEZE TAKEN");

    assertThat(system.console())
        .singleElement()
        .asString()
        .matches(
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} JOB04711 "
                + system.jobName()
                + " BWO201I FREEZE TAKEN");
  }

  @Test
  void jobFactsComeFromTheJobSettings() {
    JobFacts job = platform.job();

    assertThat(job.jobName()).isEqualTo(system.jobName());
    assertThat(job.jobId()).isEqualTo("JOB04711");
    assertThat(job.stepName()).isEqualTo("DUMPSTEP");
    assertThat(job.user()).isEqualTo(System.getProperty("user.name").toUpperCase());
  }

  @Test
  void operatorCommandsFromTheCommandFileReachTheHandler() throws Exception {
    List<String> modifies = new CopyOnWriteArrayList<>();
    AtomicBoolean stopped = new AtomicBoolean();
    system.command("F STALE"); // written before the job listened: not for this job

    platform.listenForOperatorCommands(
        new OperatorCommands() {
          @Override
          public String modify(String text) {
            modifies.add(text);
            return "BWO701I PHASE COPY, 3 DATA SETS NOTIFIED";
          }

          @Override
          public void stop() {
            stopped.set(true);
          }
        });
    system.command("F STATUS");
    system.command("P");

    waitUntil(stopped::get);
    assertThat(modifies).containsExactly("STATUS");
    assertThat(system.console())
        .anyMatch(l -> l.endsWith(" BWO701I PHASE COPY, 3 DATA SETS NOTIFIED"));
  }

  @Test
  void aRefusedModifyIsAnsweredOnTheConsole() throws Exception {
    platform.listenForOperatorCommands(
        new OperatorCommands() {
          @Override
          public String modify(String text) {
            throw BwoException.of(io.bwo.message.Msg.BWO011E, text);
          }

          @Override
          public void stop() {}
        });
    system.command("F NONSENSE");

    waitUntil(
        () ->
            system.console().stream()
                .anyMatch(l -> l.endsWith("BWO011E DD NONSENSE IS NOT ALLOCATED")));
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  interface Condition {
    boolean holds() throws Exception;
  }

  static void waitUntil(Condition condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.holds()) {
      assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** No temporary file of a dump of dump.bwo is left, whatever its name. */
  private void assertNoTemporaryDump() throws IOException {
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .noneMatch(f -> f.startsWith("dump.bwo.") && f.endsWith(".tmp"));
    }
  }
}
