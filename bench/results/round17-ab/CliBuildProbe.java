/**
 * CPU time of building bwo's command line for a verb ("" builds every verb), in a fresh JVM: run
 * from a build with the class data sharing archive bin/bwo made, e.g.
 * java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/bwo-N.jsa -Xshare:auto
 *   -cp "$PWD/target/bwo.jar:$PWD/target/lib/*:DIR_OF_THIS_CLASS" CliBuildProbe dss
 */
public class CliBuildProbe {
  public static void main(String[] a) throws Exception {
    var build = Class.forName("io.bwo.cli.Main").getDeclaredMethod("newCommandLine", String.class);
    build.setAccessible(true);
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    build.invoke(null, a.length > 0 ? a[0] : "");
    long c1 = threads.getCurrentThreadCpuTime();
    System.out.printf("%s cpu %.0f ms%n", a.length == 0 || a[0].isEmpty() ? "(all)" : a[0],
        (c1 - c0) / 1e6);
  }
}
