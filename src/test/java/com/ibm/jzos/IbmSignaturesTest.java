package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the public surface of the stubs to IBM's signatures, as confirmed in docs/jzos-stubs.md:
 * every public constructor, method and constant, with its parameter, return and checked exception
 * types, and nothing more. A change here must be confirmed against IBM's javadoc first.
 */
class IbmSignaturesTest {

  @Test
  void zFileHasIbmSignatures() {
    assertThat(Modifier.toString(ZFile.class.getModifiers())).isEqualTo("public final");
    assertThat(ZFile.class.getInterfaces())
        .containsExactly(ZFileConstants.class, AutoCloseable.class);
    assertThat(publicMembers(ZFile.class))
        .containsExactlyInAnyOrder(
            "public ZFile(String,String) throws ZFileException",
            "public int read(byte[]) throws ZFileException",
            "public int read(byte[],int,int) throws ZFileException",
            "public void write(byte[]) throws ZFileException",
            "public void write(byte[],int,int) throws ZFileException",
            "public void close() throws ZFileException",
            "public int getLrecl()",
            "public String getRecfm()",
            "public String getActualFilename()",
            "public static boolean ddExists(String)",
            "public static boolean dsExists(String)",
            "public static boolean exists(String)",
            "public static void remove(String) throws ZFileException",
            "public static void rename(String,String) throws ZFileException",
            "public static String getSlashSlashQuotedDSN(String)",
            "public static String getSlashSlashQuotedDSN(String,boolean)",
            "public static String getFullyQualifiedDSN(String)",
            "public static void bpxwdyn(String) throws RcException");
  }

  @Test
  void recordReaderHasIbmSignatures() {
    assertThat(Modifier.toString(RecordReader.class.getModifiers())).isEqualTo("public abstract");
    assertThat(RecordReader.class.getInterfaces()).containsExactly(ZFileConstants.class);
    assertThat(publicMembers(RecordReader.class))
        .containsExactlyInAnyOrder(
            "public static RecordReader newReaderForDD(String) throws ZFileException",
            "public static RecordReader newReader(String,int) throws ZFileException,RcException",
            "public abstract int read(byte[]) throws ZFileException",
            "public abstract int read(byte[],int,int) throws ZFileException",
            "public abstract void close() throws ZFileException",
            "public abstract int getLrecl()",
            "public abstract int getBlksize()",
            "public abstract String getRecfm()",
            "public abstract String getDsn()",
            "public abstract String getDDName()");
  }

  @Test
  void recordWriterHasIbmSignatures() {
    assertThat(Modifier.toString(RecordWriter.class.getModifiers())).isEqualTo("public abstract");
    assertThat(RecordWriter.class.getInterfaces()).containsExactly(ZFileConstants.class);
    assertThat(publicMembers(RecordWriter.class))
        .containsExactlyInAnyOrder(
            "public static RecordWriter newWriterForDD(String) throws ZFileException",
            "public static RecordWriter newWriter(String,int) throws ZFileException,RcException",
            "public abstract void write(byte[]) throws ZFileException",
            "public abstract void write(byte[],int,int) throws ZFileException",
            "public abstract void close() throws ZFileException",
            "public abstract void flush() throws ZFileException",
            "public abstract int getLrecl()",
            "public abstract int getBlksize()",
            "public abstract String getRecfm()",
            "public abstract String getDsn()",
            "public abstract String getDDName()");
  }

  @Test
  void exceptionsHaveIbmSignatures() {
    assertThat(ZFileException.class.getSuperclass()).isEqualTo(IOException.class);
    assertThat(ZFileException.class.getInterfaces()).containsExactly(ZFileConstants.class);
    assertThat(publicMembers(ZFileException.class))
        .containsExactlyInAnyOrder(
            "public String getFileName()",
            "public int getErrno()",
            "public int getErrno2()",
            "public String getErrnoMsg()",
            "public int getLastOp()",
            "public int getAbendCode()",
            "public int getAbendRc()");
    assertThat(RcException.class.getSuperclass()).isEqualTo(RuntimeException.class);
    assertThat(publicMembers(RcException.class)).isEmpty();
  }

  @Test
  void consoleClassesHaveIbmSignatures() {
    assertThat(MvsConsole.class.getInterfaces()).containsExactly(WtoConstants.class);
    assertThat(publicMembers(MvsConsole.class))
        .containsExactlyInAnyOrder(
            "public static void wto(String,int,int)",
            "public static boolean isListening()",
            "public static void startMvsCommandListener()",
            "public static void registerMvsCommandCallback(MvsCommandCallback)");
    assertThat(MvsCommandCallback.class.isInterface()).isTrue();
    assertThat(publicMembers(MvsCommandCallback.class))
        .containsExactlyInAnyOrder(
            "public abstract void handleStart(String)",
            "public abstract void handleModify(String)",
            "public abstract boolean handleStop()");
  }

  @Test
  void zUtilHasIbmSignatures() {
    assertThat(publicMembers(ZUtil.class))
        .containsExactlyInAnyOrder(
            "public static String getCurrentJobname()",
            "public static String getCurrentJobId()",
            "public static String getCurrentStepname()",
            "public static String getCurrentProcStepname()",
            "public static String getCurrentUser()",
            "public static String getDefaultPlatformEncoding()",
            "public static String getEnv(String)",
            "public static java.util.Properties getEnvironment()");
  }

  @Test
  void fileFactoryHasIbmSignatures() {
    assertThat(Modifier.toString(FileFactory.class.getModifiers())).isEqualTo("public");
    assertThat(FileFactory.class.getSuperclass()).isEqualTo(Object.class);
    assertThat(FileFactory.class.getInterfaces()).isEmpty();
    assertThat(publicMembers(FileFactory.class))
        .containsExactlyInAnyOrder(
            "public static java.io.InputStream newInputStream(String) throws java.io.IOException",
            "public static java.io.OutputStream newOutputStream(String) throws java.io.IOException",
            "public static java.io.BufferedInputStream newBufferedInputStream(String)"
                + " throws java.io.IOException",
            "public static java.io.BufferedInputStream newBufferedInputStream(String,int)"
                + " throws java.io.IOException",
            "public static java.io.BufferedOutputStream newBufferedOutputStream(String)"
                + " throws java.io.IOException",
            "public static java.io.BufferedOutputStream newBufferedOutputStream(String,int)"
                + " throws java.io.IOException",
            "public static java.io.BufferedReader newBufferedReader(String)"
                + " throws java.io.IOException",
            "public static java.io.BufferedReader newBufferedReader(String,String)"
                + " throws java.io.IOException",
            "public static java.io.BufferedWriter newBufferedWriter(String)"
                + " throws java.io.IOException",
            "public static java.io.BufferedWriter newBufferedWriter(String,String)"
                + " throws java.io.IOException",
            "public static String getDefaultEncoding(String)",
            "public static String getDefaultJavaIoEncoding()",
            "public static String getDefaultZFileEncoding()");
  }

  @Test
  void constantsHaveIbmValues() {
    assertThat(constants(ZFileConstants.class))
        .containsExactlyInAnyOrder("FLAG_DISP_SHR=1", "FLAG_DISP_OLD=4", "FLAG_DISP_MOD=8");
    assertThat(constants(WtoConstants.class))
        .containsExactlyInAnyOrder(
            "ROUTCDE_MASTER_CONSOLE_INFORMATION=16384",
            "ROUTCDE_SYSPROG_INFORMATION=64",
            "ROUTCDE_PROGRAMMER_INFORMATION=32",
            "DESC_JOB_STATUS=1024",
            "DESC_IMPORTANT_INFORMATION_MESSAGES=16");
    // Inherited as IBM's samples use them: RecordReader.FLAG_DISP_SHR, MvsConsole.DESC_JOB_STATUS.
    assertThat(RecordReader.FLAG_DISP_SHR).isEqualTo(ZFileConstants.FLAG_DISP_SHR);
    assertThat(MvsConsole.DESC_JOB_STATUS).isEqualTo(WtoConstants.DESC_JOB_STATUS);
  }

  @Test
  void packageHasNoOtherPublicTypes() {
    Set<String> publicTypes =
        Stream.of(
                ZFile.class,
                ZFileConstants.class,
                ZFileException.class,
                RcException.class,
                RecordReader.class,
                RecordWriter.class,
                MvsConsole.class,
                MvsCommandCallback.class,
                WtoConstants.class,
                ZUtil.class,
                FileFactory.class,
                ZFileStreams.class,
                LocalNames.class,
                LocalSettings.class,
                LocalDynalloc.class,
                LineRecordInput.class,
                LineRecordOutput.class,
                ConsoleLog.class,
                CommandFileListener.class)
            .filter(c -> Modifier.isPublic(c.getModifiers()))
            .map(Class::getSimpleName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(publicTypes)
        .containsExactly(
            "FileFactory",
            "MvsCommandCallback",
            "MvsConsole",
            "RcException",
            "RecordReader",
            "RecordWriter",
            "WtoConstants",
            "ZFile",
            "ZFileConstants",
            "ZFileException",
            "ZUtil");
  }

  /** Public constructors and methods declared by {@code type}, as readable signatures. */
  private static Set<String> publicMembers(Class<?> type) {
    Stream<Executable> members =
        Stream.concat(
            Arrays.stream(type.getDeclaredConstructors()),
            Arrays.stream(type.getDeclaredMethods()));
    return members
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .map(IbmSignaturesTest::signature)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String signature(Executable m) {
    int shown = m.getModifiers() & (Modifier.PUBLIC | Modifier.STATIC | Modifier.ABSTRACT);
    String returns = m instanceof Method method ? name(method.getReturnType()) + " " : "";
    String params =
        Arrays.stream(m.getParameterTypes())
            .map(IbmSignaturesTest::name)
            .collect(Collectors.joining(","));
    String throwsClause =
        m.getExceptionTypes().length == 0
            ? ""
            : " throws "
                + Arrays.stream(m.getExceptionTypes())
                    .map(IbmSignaturesTest::name)
                    .collect(Collectors.joining(","));
    String simpleName = m instanceof Method ? m.getName() : m.getDeclaringClass().getSimpleName();
    return Modifier.toString(shown)
        + " "
        + returns
        + simpleName
        + "("
        + params
        + ")"
        + throwsClause;
  }

  private static String name(Class<?> type) {
    String name = type.getCanonicalName();
    return name.startsWith("java.lang.") || name.startsWith("com.ibm.jzos.")
        ? type.getSimpleName()
        : name;
  }

  private static Set<String> constants(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()))
        .map(IbmSignaturesTest::constant)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String constant(Field f) {
    try {
      return f.getName() + "=" + f.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
