package com.ibm.jzos;

/**
 * Constants of {@link ZFile} and its clients, with IBM's names and values (IBM's javadoc lists the
 * names; Zowe's mirror of the interface, in the order of IBM's constant values page, gives the
 * values): see docs/jzos-stubs.md.
 */
public interface ZFileConstants {
  // The default EBCDIC code page; getDefaultPlatformEncoding() gives the job's own.
  String DEFAULT_EBCDIC_CODE_PAGE = "IBM-1047";

  // getDevice() values (fldata __device).
  int DEVICE_DISK = 0;
  int DEVICE_TERMINAL = 1;
  int DEVICE_PRINTER = 2;
  int DEVICE_TAPE = 3;
  int DEVICE_TDQ = 5;
  int DEVICE_DUMMY = 6;
  int DEVICE_MSGFILE = 7;
  int DEVICE_MEMORY = 8;
  int DEVICE_HFS = 9;
  int DEVICE_HIPERSPACE = 10;
  int DEVICE_OTHER = 255;

  // getDsorg() values (fldata __dsorg*); PDS_MEM and PDS_DIR include the PO bit, as IBM defines
  // them.
  int DSORG_PO = 1;
  int DSORG_PDS_MEM = 3;
  int DSORG_PDS_DIR = 5;
  int DSORG_PS = 8;
  int DSORG_CONCAT = 16;
  int DSORG_MEM = 32;
  int DSORG_HIPER = 64;
  int DSORG_TEMP = 128;
  int DSORG_VSAM = 256;
  int DSORG_HFS = 512;
  int DSORG_PDSE = 1024;

  // Commonly used z/OS errno values.
  int ERRNO_E_DEFINEFILE = 61;
  int ERRNO_E_WRITEERR = 65;
  int ERRNO_E_READERR = 66;
  int ERRNO_E_ABEND = 92;
  int ERRNO_EACCES = 111;
  int ERRNO_EINVAL = 121;
  int ERRNO_EIO = 122;
  int ERRNO_EPERM = 139;
  int ERRNO_EILSEQ = 147;

  // Allocation flags of the reader, writer and ZFile(String, String, int) factories.
  int FLAG_DISP_SHR = 1;
  int FLAG_PDS_ENQ = 2;
  int FLAG_DISP_OLD = 4;
  int FLAG_DISP_MOD = 8;

  // getLastOp() values (__amrc __last_op).
  int LAST_OP_BSAM_OPEN = 1;
  int LAST_OP_BSAM_CLOSE = 2;
  int LAST_OP_BSAM_READ = 3;
  int LAST_OP_BSAM_NOTE = 4;
  int LAST_OP_BSAM_POINT = 5;
  int LAST_OP_BSAM_WRITE = 6;
  int LAST_OP_BSAM_CLOSE_T = 7;
  int LAST_OP_BSAM_BLDL = 8;
  int LAST_OP_BSAM_STOW = 9;

  int LAST_OP_TGET_READ = 20;
  int LAST_OP_TGET_WRITE = 21;

  int LAST_OP_IO_DEVTYPE = 40;
  int LAST_OP_IO_RDJFCB = 41;
  int LAST_OP_IO_TRKCALC = 42;
  int LAST_OP_IO_OBTAIN = 43;
  int LAST_OP_IO_LOCATE = 44;
  int LAST_OP_IO_CATALOG = 45;
  int LAST_OP_IO_UNCATALOG = 46;
  int LAST_OP_IO_RENAME = 47;
  int LAST_OP_IO_SCRATCH = 48;
  int LAST_OP_IO_SWAREQ = 49;

  int LAST_OP_SVC99_ALLOC = 50;
  int LAST_OP_SVC99_ALLOC_NEW = 51;
  int LAST_OP_SVC99_UNALLOC = 52;

  int LAST_OP_C_TRUNCATE = 60;
  int LAST_OP_C_FCBCHECK = 61;
  int LAST_OP_C_DBCS_TRUNCATE = 62;
  int LAST_OP_C_DBCS_SO_TRUNCATE = 63;
  int LAST_OP_C_DBCS_SI_TRUNCATE = 64;
  int LAST_OP_C_DBCS_UNEVEN = 65;
  int LAST_OP_C_CANNOT_EXTEND = 66;

  int LAST_OP_VSAM_OPEN_FAIL = 100;
  int LAST_OP_VSAM_OPEN_ESDS = 101;
  int LAST_OP_VSAM_OPEN_RRDS = 102;
  int LAST_OP_VSAM_OPEN_KSDS = 103;
  int LAST_OP_VSAM_OPEN_ESDS_PATH = 104;
  int LAST_OP_VSAM_OPEN_KSDS_PATH = 105;
  int LAST_OP_VSAM_MODCB = 110;
  int LAST_OP_VSAM_TESTCB = 111;
  int LAST_OP_VSAM_SHOWCB = 112;
  int LAST_OP_VSAM_GENCB = 113;
  int LAST_OP_VSAM_GET = 114;
  int LAST_OP_VSAM_PUT = 115;
  int LAST_OP_VSAM_POINT = 116;
  int LAST_OP_VSAM_ERASE = 117;
  int LAST_OP_VSAM_ENDREQ = 118;
  int LAST_OP_VSAM_CLOSE = 119;

  int LAST_OP_QSAM_GET = 150;
  int LAST_OP_QSAM_PUT = 151;
  int LAST_OP_QSAM_TRUNC = 152;
  int LAST_OP_QSAM_RELSE = 153;
  int LAST_OP_QSAM_FREEPOOL = 154;

  int LAST_OP_HSP_CREATE = 301;
  int LAST_OP_HSP_DELETE = 302;
  int LAST_OP_HSP_READ = 303;
  int LAST_OP_HSP_WRITE = 304;
  int LAST_OP_HSP_EXTEND = 305;

  // locate(byte[], int) options.
  int LOCATE_RBA_EQ = 0;
  int LOCATE_KEY_FIRST = 1;
  int LOCATE_KEY_LAST = 2;
  int LOCATE_KEY_EQ = 3;
  int LOCATE_KEY_EQ_BWD = 4;
  int LOCATE_KEY_GE = 5;
  int LOCATE_RBA_EQ_BWD = 6;

  // getModeFlags() bits (fldata __modeflag).
  int MODE_FLAG_READ = 1;
  int MODE_FLAG_WRITE = 2;
  int MODE_FLAG_APPEND = 4;
  int MODE_FLAG_UPDATE = 8;

  // getOpenMode() values (fldata __openmode).
  int OPEN_MODE_TEXT = 0;
  int OPEN_MODE_BINARY = 1;
  int OPEN_MODE_RECORD = 2;

  // getRecfmBits() bits (fldata __recfm*).
  int RECFM_F = 1;
  int RECFM_V = 2;
  int RECFM_U = 4;
  int RECFM_B = 8;
  int RECFM_S = 16;
  int RECFM_M = 32;
  int RECFM_A = 64;

  // mkfifo() mode bits.
  int S_IXOTH = 1;
  int S_IWOTH = 2;
  int S_IROTH = 4;
  int S_IRWXO = 7;
  int S_IXGRP = 8;
  int S_IWGRP = 16;
  int S_IRGRP = 32;
  int S_IRWXG = 56;
  int S_IXUSR = 64;
  int S_IWUSR = 128;
  int S_IRUSR = 256;
  int S_IRWXU = 448;
  int S_ISVTX = 512;
  int S_ISGID = 1024;
  int S_ISUID = 2048;

  // seek(long, int) origins.
  int SEEK_SET = 0;
  int SEEK_CUR = 1;
  int SEEK_END = 2;

  // getVsamType() values.
  int VSAM_TYPE_NOTVSAM = 0;
  int VSAM_TYPE_ESDS = 1;
  int VSAM_TYPE_KSDS = 2;
  int VSAM_TYPE_RRDS = 3;
  int VSAM_TYPE_ESDS_PATH = 4;
  int VSAM_TYPE_KSDS_PATH = 5;
}
