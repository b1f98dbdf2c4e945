package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.platform.LocalSystemTest;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local behaviour of FileFactory, as docs/jzos-stubs.md describes it. */
class FileFactoryTest extends LocalSystemTest {
  @Test
  void readsAndWritesTheFileOfADd() throws IOException {
    Path input = system.dd("INPUT", "input.txt");
    Path output = system.dd("OUTPUT", "output.txt");
    Files.write(input, List.of("LINE 1", "LINE 2"));

    try (BufferedReader reader = FileFactory.newBufferedReader("//DD:INPUT");
        BufferedWriter writer = FileFactory.newBufferedWriter("//dd:output")) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        writer.write(line.toLowerCase());
        writer.newLine();
      }
    }

    assertThat(Files.readAllLines(output)).containsExactly("line 1", "line 2");
  }

  @Test
  void aDataSetIsReadAsTextWithoutEachRecordsTrailingBlanks() throws IOException {
    // IBM: in text mode records become lines "after trailing blanks are removed".
    Path subject = system.dd("SUBJECT", "subject.txt");
    Files.writeString(subject, "Job ended  \nA  B   \n    \nLAST  ");
    Path hfs = Files.writeString(dir.resolve("hfs.txt"), "KEPT  \n");

    try (BufferedReader dd = FileFactory.newBufferedReader("//DD:SUBJECT");
        BufferedReader path = FileFactory.newBufferedReader(hfs.toString())) {
      assertThat(dd.lines().toList()).containsExactly("Job ended", "A  B", "", "LAST");
      assertThat(path.readLine()).as("an HFS file keeps its blanks").isEqualTo("KEPT  ");
    }
    ZFile text = new ZFile("//DD:SUBJECT", "r");
    ZFile binary = new ZFile("//DD:SUBJECT", "rb");
    try {
      byte[] all = new byte[64];
      assertThat(new String(all, 0, readAll(text, all))).isEqualTo("Job ended\nA  B\n\nLAST");
      assertThat(readAll(binary, all)).as("binary mode: the bytes as they are").isEqualTo(31);
    } finally {
      text.close();
      binary.close();
    }
  }

  /** Reads {@code z} to its end into {@code buf}, a few bytes a call; the bytes read. */
  private static int readAll(ZFile z, byte[] buf) throws IOException {
    int total = 0;
    for (int n; (n = z.read(buf, total, Math.min(3, buf.length - total))) > 0; ) {
      total += n;
    }
    return total;
  }

  @Test
  void readsAndWritesADataSetQuotedOrQualifiedWithTheUser() throws IOException {
    String user = System.getProperty("user.name").toUpperCase();
    Files.write(system.datasetsDir().resolve("HLQ.IN"), List.of("IN"));

    try (BufferedReader reader = FileFactory.newBufferedReader("//'HLQ.IN'");
        BufferedWriter writer = FileFactory.newBufferedWriter("//MY.OUT")) {
      writer.write(reader.readLine() + " AND OUT\n");
    }

    assertThat(Files.readAllLines(system.datasetsDir().resolve(user + ".MY.OUT")))
        .containsExactly("IN AND OUT");
    assertThat(ZFile.dsExists("MY.OUT")).isTrue();
  }

  @Test
  void readsAndWritesAnHfsPathWithJavaIo() throws IOException {
    Path file = dir.resolve("unix/file.txt");
    Files.createDirectories(file.getParent());

    try (BufferedWriter writer = FileFactory.newBufferedWriter(file.toString())) {
      writer.write("HFS\n");
    }

    try (BufferedReader reader = FileFactory.newBufferedReader(file.toString())) {
      assertThat(reader.readLine()).isEqualTo("HFS");
      assertThat(reader.readLine()).isNull();
    }
  }

  @Test
  void aDdThatIsNotAllocatedIsAnIoExceptionThatSaysSo() {
    assertThatThrownBy(() -> FileFactory.newBufferedReader("//DD:NODD"))
        .isInstanceOf(ZFileException.class)
        .hasMessageContaining("DD NODD is not allocated")
        .hasMessageContaining("bwo.dd.NODD");
    assertThatThrownBy(() -> FileFactory.newOutputStream("//DD:NODD"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("DD NODD is not allocated");
  }

  @Test
  void aMissingFileIsAnIoException() {
    assertThatThrownBy(() -> FileFactory.newInputStream("//'HLQ.NONE'"))
        .isInstanceOf(ZFileException.class)
        .hasMessageContaining("EDC5049I The specified file name could not be located.");
    assertThatThrownBy(() -> FileFactory.newInputStream(dir.resolve("none").toString()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("No such file or directory");
  }

  @Test
  void textIsInTheGivenEncodingOrTheDefaultOne() throws IOException {
    Path latin = system.dd("LATIN", "latin.txt");
    Path plain = system.dd("PLAIN", "plain.txt");

    try (BufferedWriter writer = FileFactory.newBufferedWriter("//DD:LATIN", "ISO-8859-1")) {
      writer.write("\u00e9t\u00e9");
    }
    try (BufferedWriter writer = FileFactory.newBufferedWriter("//DD:PLAIN")) {
      writer.write("summer");
    }

    assertThat(Files.readAllBytes(latin)).containsExactly(0xe9, 't', 0xe9);
    assertThat(Files.readString(plain, Charset.defaultCharset())).isEqualTo("summer");
    try (BufferedReader reader = FileFactory.newBufferedReader("//DD:LATIN", "ISO-8859-1")) {
      assertThat(reader.readLine()).isEqualTo("\u00e9t\u00e9");
    }
  }

  @Test
  void anUnknownEncodingFailsBeforeTheFileIsWrittenAfresh() throws IOException {
    Path kept = system.dd("KEPT", "kept.txt");
    Files.writeString(kept, "KEEP");

    assertThatThrownBy(() -> FileFactory.newBufferedWriter("//DD:KEPT", "NO-SUCH-CODEPAGE"))
        .isInstanceOf(UnsupportedEncodingException.class)
        .hasMessageContaining("NO-SUCH-CODEPAGE");
    assertThat(Files.readString(kept)).isEqualTo("KEEP");
  }

  @Test
  void streamsCarryBytesAsTheyAre() throws IOException {
    system.dd("BIN", "bin.dat");
    byte[] bytes = {0, 1, (byte) 0xff, '\n', 0x40};

    try (OutputStream out = FileFactory.newBufferedOutputStream("//DD:BIN", 2)) {
      out.write(bytes);
    }

    try (InputStream in = FileFactory.newBufferedInputStream("//DD:BIN", 2)) {
      assertThat(in.readAllBytes()).containsExactly(bytes);
    }
  }

  @Test
  void aStreamClosesItsFileOnceAndIsThenClosed() throws IOException {
    Path bin = system.dd("BIN", "bin.dat");

    OutputStream out = FileFactory.newOutputStream("//DD:BIN");
    out.write('A');
    out.close();
    out.close();
    assertThatThrownBy(() -> out.write('B')).hasMessageContaining("stream closed");
    InputStream in = FileFactory.newInputStream("//DD:BIN");
    assertThat(in.read()).isEqualTo('A');
    assertThat(in.read()).isEqualTo(-1);
    in.close();
    in.close();
    assertThatThrownBy(in::read).isInstanceOf(IOException.class);

    assertThat(Files.readString(bin)).isEqualTo("A");
  }

  @Test
  void theDefaultEncodingDependsOnTheName() {
    String jvm = Charset.defaultCharset().name();

    assertThat(FileFactory.getDefaultEncoding("//DD:INPUT"))
        .isEqualTo(FileFactory.getDefaultZFileEncoding())
        .isEqualTo(ZUtil.getDefaultPlatformEncoding());
    assertThat(FileFactory.getDefaultEncoding("/etc/profile"))
        .isEqualTo(FileFactory.getDefaultJavaIoEncoding())
        .isEqualTo(jvm);
  }
}
