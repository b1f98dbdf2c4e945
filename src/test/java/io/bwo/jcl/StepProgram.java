package io.bwo.jcl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A program for the child-JVM tests, run under the local JZOS launcher; its first argument says
 * what it does: {@code copy RC ...} copies SYSIN to SYSPRINT in upper case with its arguments and
 * exits with RC; {@code throw} throws out of main; {@code thread} returns from main while a
 * non-daemon thread still has the OUT DD to write; {@code sleep} sleeps a minute;
 * {@code resource NAME} prints the class path resource NAME to standard output (RC 9 if missing).
 */
final class StepProgram {
  private StepProgram() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "copy" -> {
        String in = Files.readString(Path.of(System.getenv("DD_SYSIN")), StandardCharsets.UTF_8);
        Files.writeString(Path.of(System.getenv("DD_SYSPRINT")),
            in.toUpperCase(Locale.ROOT) + Arrays.toString(args) + " "
                + System.getenv("BWO_JOBNAME") + "." + System.getenv("BWO_STEPNAME"),
            StandardCharsets.UTF_8);
        System.out.println("to stdout");
        System.err.println("to stderr");
        System.exit(Integer.parseInt(args[1]));
      }
      case "throw" -> throw new IllegalStateException("boom from the step");
      case "thread" -> {
        Thread t = new Thread(() -> {
          try {
            Thread.sleep(300);
            Files.writeString(Path.of(System.getenv("DD_OUT")), "written after main returned");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        t.start();
      }
      case "sleep" -> Thread.sleep(60_000);
      case "resource" -> {
        try (java.io.InputStream in = StepProgram.class.getClassLoader()
            .getResourceAsStream(args[1])) {
          if (in == null) {
            System.exit(9);
          }
          in.transferTo(System.out);
        }
      }
      case "members" -> {
        // A JZOS program's view of DD LIB, a library: its directory, a member read, one written
        // in the format the DD's DCB gives.
        StringBuilder out = new StringBuilder();
        try (com.ibm.jzos.PdsDirectory dir = new com.ibm.jzos.PdsDirectory("//DD:LIB")) {
          for (java.util.Iterator<?> it = dir.iterator(); it.hasNext(); ) {
            out.append(((com.ibm.jzos.PdsDirectory.MemberInfo) it.next()).getName()).append(' ');
          }
        }
        com.ibm.jzos.RecordReader in = com.ibm.jzos.RecordReader.newReader("//DD:LIB(FIRST)", 0);
        byte[] record = new byte[in.getLrecl()];
        int n = in.read(record);
        in.close();
        out.append(new String(record, 0, n, StandardCharsets.UTF_8).strip());
        com.ibm.jzos.RecordWriter w = com.ibm.jzos.RecordWriter.newWriterForDD("OUT");
        w.write("WRITTEN".getBytes(StandardCharsets.UTF_8));
        out.append(' ').append(w.getRecfm()).append(' ').append(w.getLrecl());
        w.close();
        Files.writeString(Path.of(System.getenv("DD_SYSPRINT")), out, StandardCharsets.UTF_8);
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
  }
}
