package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.jzos.fields.AssemblerDatatypeFactory;
import com.ibm.jzos.fields.BigDecimalAccessor;
import com.ibm.jzos.fields.BigIntegerAccessor;
import com.ibm.jzos.fields.BinaryAsBigDecimalField;
import com.ibm.jzos.fields.BinaryAsBigIntegerField;
import com.ibm.jzos.fields.BinaryAsIntField;
import com.ibm.jzos.fields.BinaryAsLongField;
import com.ibm.jzos.fields.ByteArrayField;
import com.ibm.jzos.fields.CobolDatatypeFactory;
import com.ibm.jzos.fields.DatatypeFactory;
import com.ibm.jzos.fields.ExternalDecimalAsBigDecimalField;
import com.ibm.jzos.fields.ExternalDecimalAsIntField;
import com.ibm.jzos.fields.ExternalDecimalAsLongField;
import com.ibm.jzos.fields.IntAccessor;
import com.ibm.jzos.fields.LongAccessor;
import com.ibm.jzos.fields.PackedDecimalAsBigDecimalField;
import com.ibm.jzos.fields.PackedDecimalAsIntField;
import com.ibm.jzos.fields.PackedDecimalAsLongField;
import com.ibm.jzos.fields.StringField;
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
            "public static boolean ddExists(String) throws ZFileException",
            "public static boolean dsExists(String) throws ZFileException",
            "public static boolean exists(String) throws ZFileException",
            "public ZFile(String,String,int) throws ZFileException",
            "public static String allocDummyDDName() throws RcException",
            "public java.io.InputStream getInputStream()",
            "public java.io.OutputStream getOutputStream()",
            "public int getRecfmBits()",
            "public int getBlksize()",
            "public void flush() throws ZFileException",
            "public void seek(long,int) throws ZFileException",
            "public long tell() throws ZFileException",
            "public void rewind() throws ZFileException",
            "public byte[] getPos() throws ZFileException",
            "public void setPos(byte[]) throws ZFileException",
            "public int getDsorg()",
            "public int getDevice()",
            "public int getOpenMode()",
            "public int getModeFlags()",
            "public String getFilename()",
            "public String getOptions()",
            "public long getRecordCount()",
            "public long getByteCount()",
            "public int getVsamType()",
            "public int getVsamKeyLength()",
            "public boolean locate(byte[],int) throws ZFileException",
            "public boolean locate(byte[],int,int,int) throws ZFileException",
            "public boolean locate(long,int) throws ZFileException",
            "public void delrec() throws ZFileException",
            "public int update(byte[]) throws ZFileException",
            "public int update(byte[],int,int) throws ZFileException",
            "public static void remove(String) throws ZFileException",
            "public static void rename(String,String) throws ZFileException",
            "public static String getSlashSlashQuotedDSN(String)",
            "public static String getSlashSlashQuotedDSN(String,boolean)",
            "public static String getFullyQualifiedDSN(String)",
            "public static String getFullyQualifiedDSN(String,boolean)",
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
            "public abstract int getRecfmBits()",
            "public boolean getAutoFree()",
            "public void setAutoFree(boolean)",
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
            "public abstract int getRecfmBits()",
            "public boolean getAutoFree()",
            "public void setAutoFree(boolean)",
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
            "public int getAbendRc()",
            "public int getAllocSvc99Error()",
            "public int getAllocSvc99Info()",
            "public byte[] getAmrcBytes()",
            "public int getErrorCode()",
            "public int getFeedbackFdbk()",
            "public int getFeedbackFtncd()",
            "public int getFeedbackRc()",
            "public String getSynadMsg()");
    assertThat(RcException.class.getSuperclass()).isEqualTo(RuntimeException.class);
    assertThat(publicMembers(RcException.class))
        .containsExactlyInAnyOrder("public RcException(String,int)", "public int getRc()");
  }

  @Test
  void consoleClassesHaveIbmSignatures() {
    assertThat(MvsConsole.class.getInterfaces()).containsExactly(WtoConstants.class);
    assertThat(publicMembers(MvsConsole.class))
        .containsExactlyInAnyOrder(
            "public static void wto(String,int,int)",
            "public static void wto(WtoMessage)",
            "public static boolean isListening()",
            "public static void startMvsCommandListener()",
            "public static void registerMvsCommandCallback(MvsCommandCallback)",
            "public static void deleteMessage(int)",
            "public static void deleteMessages(int[])",
            "public static void deleteMessagesWithToken(int)");
    assertThat(MvsCommandCallback.class.isInterface()).isTrue();
    assertThat(publicMembers(MvsCommandCallback.class))
        .containsExactlyInAnyOrder(
            "public abstract void handleStart(String)",
            "public abstract void handleModify(String)",
            "public abstract boolean handleStop()");
    assertThat(WtoMessage.class.getInterfaces()).containsExactly(WtoConstants.class);
    assertThat(publicMembers(WtoMessage.class))
        .containsExactlyInAnyOrder(
            "public WtoMessage(String)",
            "public WtoMessage(String,int,int)",
            "public void setDescrs(int)",
            "public void setRoutcdes(int)");
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
            "public static java.util.Properties getEnvironment()",
            "public static String[] environ()",
            "public static String substituteSystemSymbols(String) throws RcException",
            "public static String substituteSystemSymbols(String,boolean) throws RcException",
            "public static void setEnv(String,String)",
            "public static int getPid()",
            "public static int getPPid()",
            "public static long getCurrentTimeMicros()",
            "public static long getCpuTimeMicros()",
            "public static String getCurrentTsoPrefix()",
            "public static String getCodePageCurrentLocale()",
            "public static String formatStackTrace(Throwable)",
            "public static String getJavaVersionInfo()",
            "public static void redirectStandardStreams()",
            "public static long peekOSMemory(long,int) throws RcException",
            "public static void peekOSMemory(long,byte[]) throws RcException");
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
  void execHasIbmSignatures() {
    assertThat(Modifier.toString(Exec.class.getModifiers())).isEqualTo("public");
    assertThat(Exec.class.getInterfaces()).isEmpty();
    assertThat(publicMembers(Exec.class))
        .containsExactlyInAnyOrder(
            "public Exec(String)",
            "public Exec(String[])",
            "public Exec(String[],String[])",
            "public Exec(String[],String[],java.io.File)",
            "public Exec(String,String[])",
            "public Exec(String,String[],java.io.File)",
            "public void run() throws java.io.IOException",
            "public String readLine() throws java.io.IOException",
            "public void consumeOutput() throws java.io.IOException",
            "public void consumeOutput(StringBuffer) throws java.io.IOException",
            "public java.io.InputStream getStdoutStream()",
            "public java.io.BufferedWriter getStdinWriter()",
            "public int getReturnCode()",
            "public java.util.List getErrorLines()",
            "public void setTimeout(int)");
  }

  @Test
  void catalogSearchHasIbmSignatures() throws IllegalAccessException {
    assertThat(Modifier.toString(CatalogSearch.class.getModifiers())).isEqualTo("public");
    assertThat(CatalogSearch.class.getInterfaces()).containsExactly(java.util.Iterator.class);
    assertThat(publicMembers(CatalogSearch.class))
        .containsExactlyInAnyOrder(
            "public CatalogSearch(String)",
            "public CatalogSearch(String,int)",
            "public void setEntryTypes(String)",
            "public void addFieldName(String)",
            "public void search()",
            "public int getRc()",
            "public boolean hasNext()",
            "public Object next()",
            "public void remove()");
    Set<String> constants = new TreeSet<>();
    for (Field f : CatalogSearch.class.getFields()) {
      constants.add(name(f.getType()) + " " + f.getName() + " = " + f.get(null));
    }
    assertThat(constants).containsExactlyInAnyOrder(
        "byte CATALOG_TYPE = 48", "int DEFAULT_WORK_AREA_LENGTH = 64000",
        "byte FLAG_CSICERR = 16", "byte FLAG_CSICERRP = 8", "byte FLAG_CSIEDATA = 32",
        "byte FLAG_CSIENTER = 64", "byte FLAG_CSINOENT = 64", "byte FLAG_CSINTCMP = 32",
        "byte FLAG_CSINTICF = -128", "byte FLAG_CSIPMENT = -128", "int MAX_FIELD_NAMES = 100",
        "int MAX_WORK_AREA_LENGTH = 1048575", "int MIN_WORK_AREA_LENGTH = 1024");
    assertThat(Modifier.toString(CatalogSearch.Entry.class.getModifiers()))
        .isEqualTo("public static");
    assertThat(publicMembers(CatalogSearch.Entry.class))
        .containsExactlyInAnyOrder(
            "public boolean isCatalogEntry()",
            "public boolean isDatasetEntry()",
            "public boolean hasError()",
            "public int getRc()",
            "public int getReason()",
            "public String getModuleId()",
            "public boolean hasReasonArea()",
            "public CatalogSearchField getField(String)");
    assertThat(Modifier.toString(CatalogSearchField.class.getModifiers())).isEqualTo("public");
    assertThat(publicMembers(CatalogSearchField.class))
        .containsExactlyInAnyOrder(
            "public String getName()",
            "public byte[] getBytes()",
            "public char getChar()",
            "public String getFString()",
            "public String[] getFStringArray(int)",
            "public int getInt()",
            "public int[] getIntArray(int)");
  }

  @Test
  void pdsDirectoryHasIbmSignatures() throws NoSuchFieldException {
    assertThat(Modifier.toString(PdsDirectory.class.getModifiers())).isEqualTo("public");
    assertThat(PdsDirectory.class.getInterfaces()).containsExactly(AutoCloseable.class);
    assertThat(publicMembers(PdsDirectory.class))
        .containsExactlyInAnyOrder(
            "public PdsDirectory(String) throws ZFileException",
            "public java.util.Iterator iterator()",
            "public void close() throws ZFileException");
    assertThat(Modifier.toString(PdsDirectory.MemberInfo.class.getModifiers()))
        .isEqualTo("public static");
    assertThat(publicMembers(PdsDirectory.MemberInfo.class))
        .containsExactlyInAnyOrder(
            "public MemberInfo(byte[],int)",
            "public String getName()",
            "public Statistics getStatistics()",
            "public String toString()");
    Class<?> stats = PdsDirectory.MemberInfo.Statistics.class;
    // An inner class: its constructor takes the enclosing MemberInfo first.
    assertThat(Modifier.toString(stats.getModifiers())).isEqualTo("public");
    assertThat(publicMembers(stats))
        .containsExactlyInAnyOrder("public Statistics(MemberInfo)", "public String toString()");
    assertThat(Arrays.stream(stats.getFields())
            .map(f -> Modifier.toString(f.getModifiers()) + " " + name(f.getType()) + " "
                + f.getName()))
        .containsExactlyInAnyOrder(
            "public int version",
            "public int mod",
            "public byte flags",
            "public java.util.Date creationDate",
            "public java.util.Date modificationDate",
            "public int currentLines",
            "public int initialLines",
            "public int modifiedLines",
            "public String userid");
  }

  @Test
  void fieldConvertersHaveIbmSignatures() {
    // com.ibm.jzos.fields: the members IBM's javadoc and samples confirm (docs/jzos-stubs.md).
    assertThat(modifiers(com.ibm.jzos.fields.Field.class)).isEqualTo("public abstract interface");
    assertThat(publicMembers(com.ibm.jzos.fields.Field.class))
        .containsExactlyInAnyOrder(
            "public abstract int getByteLength()",
            "public abstract int getOffset()",
            "public abstract void setOffset(int)");
    assertThat(modifiers(IntAccessor.class)).isEqualTo("public abstract interface");
    assertThat(IntAccessor.class.getInterfaces()).containsExactly(com.ibm.jzos.fields.Field.class);
    assertThat(publicMembers(IntAccessor.class))
        .containsExactlyInAnyOrder(
            "public abstract int getInt(byte[])",
            "public abstract int getInt(byte[],int)",
            "public abstract void putInt(int,byte[])",
            "public abstract void putInt(int,byte[],int)");
    assertThat(modifiers(LongAccessor.class)).isEqualTo("public abstract interface");
    assertThat(LongAccessor.class.getInterfaces()).containsExactly(com.ibm.jzos.fields.Field.class);
    assertThat(publicMembers(LongAccessor.class))
        .containsExactlyInAnyOrder(
            "public abstract long getLong(byte[])",
            "public abstract long getLong(byte[],int)",
            "public abstract void putLong(long,byte[])",
            "public abstract void putLong(long,byte[],int)");
    assertThat(modifiers(BigDecimalAccessor.class)).isEqualTo("public abstract interface");
    assertThat(BigDecimalAccessor.class.getInterfaces())
        .containsExactly(com.ibm.jzos.fields.Field.class);
    assertThat(publicMembers(BigDecimalAccessor.class))
        .containsExactlyInAnyOrder(
            "public abstract java.math.BigDecimal getBigDecimal(byte[])",
            "public abstract java.math.BigDecimal getBigDecimal(byte[],int)",
            "public abstract void putBigDecimal(java.math.BigDecimal,byte[])",
            "public abstract void putBigDecimal(java.math.BigDecimal,byte[],int)");
    assertThat(modifiers(StringField.class)).isEqualTo("public final");
    assertThat(StringField.class.getInterfaces()).containsExactly(com.ibm.jzos.fields.Field.class);
    assertThat(publicMembers(StringField.class))
        .containsExactlyInAnyOrder(
            "public String getString(byte[])",
            "public String getString(byte[],int)",
            "public StringField(int,int)",
            "public StringField(int,int,boolean)",
            "public StringField(int,int,boolean,boolean)",
            "public StringField(int,int,boolean,boolean,boolean)",
            "public StringField(int,int,boolean,boolean,boolean,String)",
            "public boolean equals(String,String)",
            "public int getByteLength()",
            "public int getOffset()",
            "public void putString(String,byte[])",
            "public void putString(String,byte[],int)",
            "public void setOffset(int)");
    assertThat(modifiers(ByteArrayField.class)).isEqualTo("public");
    assertThat(ByteArrayField.class.getInterfaces())
        .containsExactly(com.ibm.jzos.fields.Field.class);
    assertThat(publicMembers(ByteArrayField.class))
        .containsExactlyInAnyOrder(
            "public ByteArrayField(int,int)",
            "public boolean equals(byte[],byte[])",
            "public byte[] getByteArray(byte[])",
            "public byte[] getByteArray(byte[],int)",
            "public int getByteLength()",
            "public int getOffset()",
            "public void putByteArray(byte[],byte[])",
            "public void putByteArray(byte[],byte[],int)",
            "public void putByteArray(byte[],int,byte[])",
            "public void setOffset(int)");
    assertThat(modifiers(BinaryAsIntField.class)).isEqualTo("public");
    assertThat(BinaryAsIntField.class.getInterfaces()).containsExactly(IntAccessor.class);
    assertThat(publicMembers(BinaryAsIntField.class))
        .containsExactlyInAnyOrder(
            "public BinaryAsIntField(int)",
            "public BinaryAsIntField(int,int)",
            "public BinaryAsIntField(int,int,boolean)",
            "public boolean equals(Integer,int)",
            "public boolean isSigned()",
            "public int getByteLength()",
            "public int getInt(byte[])",
            "public int getInt(byte[],int)",
            "public int getOffset()",
            "public void putInt(int,byte[])",
            "public void putInt(int,byte[],int)",
            "public void setOffset(int)");
    assertThat(modifiers(BinaryAsLongField.class)).isEqualTo("public");
    assertThat(BinaryAsLongField.class.getInterfaces()).containsExactly(LongAccessor.class);
    assertThat(publicMembers(BinaryAsLongField.class))
        .containsExactlyInAnyOrder(
            "public BinaryAsLongField(int)",
            "public BinaryAsLongField(int,int)",
            "public BinaryAsLongField(int,int,boolean)",
            "public boolean equals(Long,long)",
            "public boolean isSigned()",
            "public int getByteLength()",
            "public int getOffset()",
            "public long getLong(byte[])",
            "public long getLong(byte[],int)",
            "public void putLong(long,byte[])",
            "public void putLong(long,byte[],int)",
            "public void setOffset(int)");
    assertThat(modifiers(PackedDecimalAsIntField.class)).isEqualTo("public");
    assertThat(PackedDecimalAsIntField.class.getInterfaces()).containsExactly(IntAccessor.class);
    assertThat(publicMembers(PackedDecimalAsIntField.class))
        .containsExactlyInAnyOrder(
            "public PackedDecimalAsIntField(int,int,boolean)",
            "public boolean equals(Integer,int)",
            "public boolean isSigned()",
            "public int getByteLength()",
            "public int getInt(byte[])",
            "public int getInt(byte[],int)",
            "public int getOffset()",
            "public int getPrecision()",
            "public void putInt(int,byte[])",
            "public void putInt(int,byte[],int)",
            "public void setOffset(int)");
    assertThat(modifiers(PackedDecimalAsLongField.class)).isEqualTo("public");
    assertThat(PackedDecimalAsLongField.class.getInterfaces()).containsExactly(LongAccessor.class);
    assertThat(publicMembers(PackedDecimalAsLongField.class))
        .containsExactlyInAnyOrder(
            "public PackedDecimalAsLongField(int,int,boolean)",
            "public boolean equals(Long,long)",
            "public boolean isSigned()",
            "public int getByteLength()",
            "public int getOffset()",
            "public int getPrecision()",
            "public long getLong(byte[])",
            "public long getLong(byte[],int)",
            "public void putLong(long,byte[])",
            "public void putLong(long,byte[],int)",
            "public void setOffset(int)");
    assertThat(modifiers(PackedDecimalAsBigDecimalField.class)).isEqualTo("public");
    assertThat(PackedDecimalAsBigDecimalField.class.getInterfaces())
        .containsExactly(BigDecimalAccessor.class);
    assertThat(publicMembers(PackedDecimalAsBigDecimalField.class))
        .containsExactlyInAnyOrder(
            "public boolean equals(java.math.BigDecimal,java.math.BigDecimal)",
            "public boolean isSigned()",
            "public int getByteLength()",
            "public int getOffset()",
            "public int getPrecision()",
            "public int getScale()",
            "public java.math.BigDecimal getBigDecimal(byte[])",
            "public java.math.BigDecimal getBigDecimal(byte[],int)",
            "public void putBigDecimal(java.math.BigDecimal,byte[])",
            "public void putBigDecimal(java.math.BigDecimal,byte[],int)",
            "public void setOffset(int)");
    assertThat(modifiers(ExternalDecimalAsIntField.class)).isEqualTo("public");
    assertThat(ExternalDecimalAsIntField.class.getInterfaces()).containsExactly(IntAccessor.class);
    assertThat(publicMembers(ExternalDecimalAsIntField.class))
        .containsExactlyInAnyOrder(
            "public ExternalDecimalAsIntField(int,int,boolean,boolean,boolean,boolean)",
            "public boolean equals(Integer,int)",
            "public boolean isBlankWhenZero()",
            "public boolean isSignExternal()",
            "public boolean isSignTrailing()",
            "public boolean isSigned()",
            "public int getByteLength()",
            "public int getInt(byte[])",
            "public int getInt(byte[],int)",
            "public int getOffset()",
            "public int getPrecision()",
            "public void putInt(int,byte[])",
            "public void putInt(int,byte[],int)",
            "public void setOffset(int)");
    assertThat(modifiers(ExternalDecimalAsLongField.class)).isEqualTo("public");
    assertThat(ExternalDecimalAsLongField.class.getInterfaces())
        .containsExactly(LongAccessor.class);
    assertThat(publicMembers(ExternalDecimalAsLongField.class))
        .containsExactlyInAnyOrder(
            "public ExternalDecimalAsLongField(int,int,boolean,boolean,boolean,boolean)",
            "public boolean equals(Long,long)",
            "public boolean isBlankWhenZero()",
            "public boolean isSignExternal()",
            "public boolean isSignTrailing()",
            "public boolean isSigned()",
            "public int getByteLength()",
            "public int getOffset()",
            "public int getPrecision()",
            "public long getLong(byte[])",
            "public long getLong(byte[],int)",
            "public void putLong(long,byte[])",
            "public void putLong(long,byte[],int)",
            "public void setOffset(int)");
    assertThat(modifiers(ExternalDecimalAsBigDecimalField.class)).isEqualTo("public");
    assertThat(ExternalDecimalAsBigDecimalField.class.getInterfaces())
        .containsExactly(BigDecimalAccessor.class);
    assertThat(publicMembers(ExternalDecimalAsBigDecimalField.class))
        .containsExactlyInAnyOrder(
            "public ExternalDecimalAsBigDecimalField(int,int,int,boolean,boolean,boolean,boolean)",
            "public boolean equals(java.math.BigDecimal,java.math.BigDecimal)",
            "public boolean isBlankWhenZero()",
            "public boolean isSignExternal()",
            "public boolean isSignTrailing()",
            "public boolean isSigned()",
            "public int getByteLength()",
            "public int getOffset()",
            "public int getPrecision()",
            "public int getScale()",
            "public java.math.BigDecimal getBigDecimal(byte[])",
            "public java.math.BigDecimal getBigDecimal(byte[],int)",
            "public void putBigDecimal(java.math.BigDecimal,byte[])",
            "public void putBigDecimal(java.math.BigDecimal,byte[],int)",
            "public void setOffset(int)");
    assertThat(modifiers(DatatypeFactory.class)).isEqualTo("public abstract");
    assertThat(publicMembers(DatatypeFactory.class))
        .containsExactlyInAnyOrder(
            "public BinaryAsIntField getBinaryAsIntField(int,boolean)",
            "public BinaryAsLongField getBinaryAsLongField(int,boolean)",
            "public ByteArrayField getByteArrayField(int)",
            "public ExternalDecimalAsIntField getExternalDecimalAsIntField(int,boolean)",
            "public ExternalDecimalAsLongField getExternalDecimalAsLongField(int,boolean)",
            "public String getStringEncoding()",
            "public StringField getStringField(int)",
            "public StringField getStringField(int,boolean)",
            "public int getOffset()",
            "public void incrementOffset(int)",
            "public void popOffset()",
            "public void pushOffset()",
            "public void setStringEncoding(String)",
            "public void setStringTrimDefault(boolean)");
    assertThat(modifiers(CobolDatatypeFactory.class)).isEqualTo("public");
    assertThat(CobolDatatypeFactory.class.getSuperclass()).isEqualTo(DatatypeFactory.class);
    assertThat(publicMembers(CobolDatatypeFactory.class))
        .containsExactlyInAnyOrder(
            "public BinaryAsIntField getBinaryAsIntField(int,boolean)",
            "public BinaryAsLongField getBinaryAsLongField(int,boolean)",
            "public BinaryAsBigDecimalField getBinaryAsBigDecimalField(int,int,boolean)",
            "public CobolDatatypeFactory()",
            "public ExternalDecimalAsBigDecimalField getExternalDecimalAsBigDecimalField(int,int,boolean,boolean,boolean,boolean)",
            "public ExternalDecimalAsIntField getExternalDecimalAsIntField(int,boolean,boolean,boolean,boolean)",
            "public ExternalDecimalAsLongField getExternalDecimalAsLongField(int,boolean,boolean,boolean,boolean)",
            "public PackedDecimalAsBigDecimalField getPackedDecimalAsBigDecimalField(int,int,boolean)",
            "public PackedDecimalAsIntField getPackedDecimalAsIntField(int,boolean)",
            "public PackedDecimalAsLongField getPackedDecimalAsLongField(int,boolean)");
    assertThat(modifiers(AssemblerDatatypeFactory.class)).isEqualTo("public");
    assertThat(AssemblerDatatypeFactory.class.getSuperclass()).isEqualTo(DatatypeFactory.class);
    assertThat(publicMembers(AssemblerDatatypeFactory.class))
        .containsExactlyInAnyOrder(
            "public AssemblerDatatypeFactory()",
            "public PackedDecimalAsBigDecimalField getPackedDecimalAsBigDecimalField(int,int,boolean)",
            "public PackedDecimalAsIntField getPackedDecimalAsIntField(int,boolean)",
            "public PackedDecimalAsLongField getPackedDecimalAsLongField(int,boolean)");
    assertThat(BigIntegerAccessor.class.getInterfaces())
        .containsExactly(com.ibm.jzos.fields.Field.class);
    assertThat(publicMembers(BigIntegerAccessor.class))
        .containsExactlyInAnyOrder(
            "public abstract java.math.BigInteger getBigInteger(byte[])",
            "public abstract java.math.BigInteger getBigInteger(byte[],int)",
            "public abstract void putBigInteger(java.math.BigInteger,byte[])",
            "public abstract void putBigInteger(java.math.BigInteger,byte[],int)");
    assertThat(BinaryAsBigIntegerField.class.getInterfaces())
        .containsExactly(BigIntegerAccessor.class);
    assertThat(publicMembers(BinaryAsBigIntegerField.class))
        .containsExactlyInAnyOrder(
            "public boolean equals(java.math.BigInteger,java.math.BigInteger)",
            "public boolean isSigned()",
            "public int getByteLength()",
            "public int getOffset()",
            "public java.math.BigInteger getBigInteger(byte[])",
            "public java.math.BigInteger getBigInteger(byte[],int)",
            "public void putBigInteger(java.math.BigInteger,byte[])",
            "public void putBigInteger(java.math.BigInteger,byte[],int)",
            "public void setOffset(int)");
    assertThat(BinaryAsBigDecimalField.class.getSuperclass())
        .isEqualTo(BinaryAsBigIntegerField.class);
    assertThat(BinaryAsBigDecimalField.class.getInterfaces())
        .containsExactly(BigDecimalAccessor.class);
    assertThat(publicMembers(BinaryAsBigDecimalField.class))
        .containsExactlyInAnyOrder(
            "public BinaryAsBigDecimalField(int,int,int,boolean)",
            "public boolean equals(java.math.BigDecimal,java.math.BigDecimal)",
            "public int getScale()",
            "public java.math.BigDecimal getBigDecimal(byte[])",
            "public java.math.BigDecimal getBigDecimal(byte[],int)",
            "public void putBigDecimal(java.math.BigDecimal,byte[])",
            "public void putBigDecimal(java.math.BigDecimal,byte[],int)");
    assertThat(constants(BinaryAsIntField.class)).containsExactly("DEFAULT_FIELD_WIDTH=4");
    assertThat(constants(BinaryAsLongField.class)).containsExactly("DEFAULT_FIELD_WIDTH=8");
  }

  @Test
  void constantsHaveIbmValues() {
    // IBM's values, as Zowe's mirror of the interface lists them (docs/jzos-stubs.md).
    assertThat(constants(ZFileConstants.class))
        .containsExactlyInAnyOrder(
            "DEFAULT_EBCDIC_CODE_PAGE=IBM-1047",
            "DEVICE_DISK=0",
            "DEVICE_TERMINAL=1",
            "DEVICE_PRINTER=2",
            "DEVICE_TAPE=3",
            "DEVICE_TDQ=5",
            "DEVICE_DUMMY=6",
            "DEVICE_MSGFILE=7",
            "DEVICE_MEMORY=8",
            "DEVICE_HFS=9",
            "DEVICE_HIPERSPACE=10",
            "DEVICE_OTHER=255",
            "DSORG_PO=1",
            "DSORG_PDS_MEM=3",
            "DSORG_PDS_DIR=5",
            "DSORG_PS=8",
            "DSORG_CONCAT=16",
            "DSORG_MEM=32",
            "DSORG_HIPER=64",
            "DSORG_TEMP=128",
            "DSORG_VSAM=256",
            "DSORG_HFS=512",
            "DSORG_PDSE=1024",
            "ERRNO_E_DEFINEFILE=61",
            "ERRNO_E_WRITEERR=65",
            "ERRNO_E_READERR=66",
            "ERRNO_E_ABEND=92",
            "ERRNO_EACCES=111",
            "ERRNO_EINVAL=121",
            "ERRNO_EIO=122",
            "ERRNO_EPERM=139",
            "ERRNO_EILSEQ=147",
            "FLAG_DISP_SHR=1",
            "FLAG_PDS_ENQ=2",
            "FLAG_DISP_OLD=4",
            "FLAG_DISP_MOD=8",
            "LAST_OP_BSAM_OPEN=1",
            "LAST_OP_BSAM_CLOSE=2",
            "LAST_OP_BSAM_READ=3",
            "LAST_OP_BSAM_NOTE=4",
            "LAST_OP_BSAM_POINT=5",
            "LAST_OP_BSAM_WRITE=6",
            "LAST_OP_BSAM_CLOSE_T=7",
            "LAST_OP_BSAM_BLDL=8",
            "LAST_OP_BSAM_STOW=9",
            "LAST_OP_TGET_READ=20",
            "LAST_OP_TGET_WRITE=21",
            "LAST_OP_IO_DEVTYPE=40",
            "LAST_OP_IO_RDJFCB=41",
            "LAST_OP_IO_TRKCALC=42",
            "LAST_OP_IO_OBTAIN=43",
            "LAST_OP_IO_LOCATE=44",
            "LAST_OP_IO_CATALOG=45",
            "LAST_OP_IO_UNCATALOG=46",
            "LAST_OP_IO_RENAME=47",
            "LAST_OP_IO_SCRATCH=48",
            "LAST_OP_IO_SWAREQ=49",
            "LAST_OP_SVC99_ALLOC=50",
            "LAST_OP_SVC99_ALLOC_NEW=51",
            "LAST_OP_SVC99_UNALLOC=52",
            "LAST_OP_C_TRUNCATE=60",
            "LAST_OP_C_FCBCHECK=61",
            "LAST_OP_C_DBCS_TRUNCATE=62",
            "LAST_OP_C_DBCS_SO_TRUNCATE=63",
            "LAST_OP_C_DBCS_SI_TRUNCATE=64",
            "LAST_OP_C_DBCS_UNEVEN=65",
            "LAST_OP_C_CANNOT_EXTEND=66",
            "LAST_OP_VSAM_OPEN_FAIL=100",
            "LAST_OP_VSAM_OPEN_ESDS=101",
            "LAST_OP_VSAM_OPEN_RRDS=102",
            "LAST_OP_VSAM_OPEN_KSDS=103",
            "LAST_OP_VSAM_OPEN_ESDS_PATH=104",
            "LAST_OP_VSAM_OPEN_KSDS_PATH=105",
            "LAST_OP_VSAM_MODCB=110",
            "LAST_OP_VSAM_TESTCB=111",
            "LAST_OP_VSAM_SHOWCB=112",
            "LAST_OP_VSAM_GENCB=113",
            "LAST_OP_VSAM_GET=114",
            "LAST_OP_VSAM_PUT=115",
            "LAST_OP_VSAM_POINT=116",
            "LAST_OP_VSAM_ERASE=117",
            "LAST_OP_VSAM_ENDREQ=118",
            "LAST_OP_VSAM_CLOSE=119",
            "LAST_OP_QSAM_GET=150",
            "LAST_OP_QSAM_PUT=151",
            "LAST_OP_QSAM_TRUNC=152",
            "LAST_OP_QSAM_RELSE=153",
            "LAST_OP_QSAM_FREEPOOL=154",
            "LAST_OP_HSP_CREATE=301",
            "LAST_OP_HSP_DELETE=302",
            "LAST_OP_HSP_READ=303",
            "LAST_OP_HSP_WRITE=304",
            "LAST_OP_HSP_EXTEND=305",
            "LOCATE_RBA_EQ=0",
            "LOCATE_KEY_FIRST=1",
            "LOCATE_KEY_LAST=2",
            "LOCATE_KEY_EQ=3",
            "LOCATE_KEY_EQ_BWD=4",
            "LOCATE_KEY_GE=5",
            "LOCATE_RBA_EQ_BWD=6",
            "MODE_FLAG_READ=1",
            "MODE_FLAG_WRITE=2",
            "MODE_FLAG_APPEND=4",
            "MODE_FLAG_UPDATE=8",
            "OPEN_MODE_TEXT=0",
            "OPEN_MODE_BINARY=1",
            "OPEN_MODE_RECORD=2",
            "RECFM_F=1",
            "RECFM_V=2",
            "RECFM_U=4",
            "RECFM_B=8",
            "RECFM_S=16",
            "RECFM_M=32",
            "RECFM_A=64",
            "S_IXOTH=1",
            "S_IWOTH=2",
            "S_IROTH=4",
            "S_IRWXO=7",
            "S_IXGRP=8",
            "S_IWGRP=16",
            "S_IRGRP=32",
            "S_IRWXG=56",
            "S_IXUSR=64",
            "S_IWUSR=128",
            "S_IRUSR=256",
            "S_IRWXU=448",
            "S_ISVTX=512",
            "S_ISGID=1024",
            "S_ISUID=2048",
            "SEEK_SET=0",
            "SEEK_CUR=1",
            "SEEK_END=2",
            "VSAM_TYPE_NOTVSAM=0",
            "VSAM_TYPE_ESDS=1",
            "VSAM_TYPE_KSDS=2",
            "VSAM_TYPE_RRDS=3",
            "VSAM_TYPE_ESDS_PATH=4",
            "VSAM_TYPE_KSDS_PATH=5");
    // Code n of each name (IBM's WtoConstants page) as the bit 0x8000 >>> (n - 1).
    assertThat(constants(WtoConstants.class))
        .containsExactlyInAnyOrder(
            "ROUTCDE_MASTER_CONSOLE_ACTION=32768",
            "ROUTCDE_MASTER_CONSOLE_INFORMATION=16384",
            "ROUTCDE_TAPE_POOL=8192",
            "ROUTCDE_DASD_POOL=4096",
            "ROUTCDE_TAPE_LIBRARY=2048",
            "ROUTCDE_DISK_LIBRARY=1024",
            "ROUTCDE_UNIT_RECORD_POOL=512",
            "ROUTCDE_TELEPROCESSING_CONTROL=256",
            "ROUTCDE_SYSTEM_SECURITY=128",
            "ROUTCDE_SYSPROG_INFORMATION=64",
            "ROUTCDE_PROGRAMMER_INFORMATION=32",
            "ROUTCDE_EMULATORS=16",
            "DESC_SYSTEM_FAILURE=32768",
            "DESC_IMMEDIATE_ACTION_REQUIRED=16384",
            "DESC_EVENTUAL_ACTION_REQUIRED=8192",
            "DESC_SYSTEM_STATUS=4096",
            "DESC_IMMEDIATE_COMMAND_RESPONSE=2048",
            "DESC_JOB_STATUS=1024",
            "DESC_RETAIN=512",
            "DESC_OUT_OF_LINE_MESSAGE=256",
            "DESC_OPERATOR_REQUEST=128",
            "DESC_DYNAMIC_STATUS_DISPLAYS=64",
            "DESC_CRITICAL_EVENTUAL_ACTION_REQUESTED=32",
            "DESC_IMPORTANT_INFORMATION_MESSAGES=16",
            "DESC_MESSAGE_PREVIOUSLY_AUTOMATED=8");
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
                WtoMessage.class,
                ZUtil.class,
                FileFactory.class,
                ZFileStreams.class,
                LocalNames.class,
                LocalSettings.class,
                LocalDynalloc.class,
                LineRecordInput.class,
                LineRecordOutput.class,
                RecordFormat.class,
                StreamFile.class,
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
            "WtoMessage",
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

  private static String modifiers(Class<?> type) {
    return Modifier.toString(type.getModifiers());
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
