package com.ibm.jzos;

/**
 * Routing and descriptor codes for {@link MvsConsole#wto(String, int, int)}, as IBM defines them:
 * bit masks in which code {@code n} (1 to 16) is the bit {@code 0x8000 >>> (n - 1)}.
 */
public interface WtoConstants {
  /** Routing code 2, master console information: {@code 0x4000}. */
  int ROUTCDE_MASTER_CONSOLE_INFORMATION = 0x4000;

  /** Routing code 10, system/error maintenance: {@code 0x0040}. */
  int ROUTCDE_SYSPROG_INFORMATION = 0x0040;

  /** Routing code 11, programmer information: {@code 0x0020}. */
  int ROUTCDE_PROGRAMMER_INFORMATION = 0x0020;

  /** Descriptor code 6, job status: {@code 0x0400}. */
  int DESC_JOB_STATUS = 0x0400;

  /** Descriptor code 12, important information: {@code 0x0010}. */
  int DESC_IMPORTANT_INFORMATION_MESSAGES = 0x0010;
}
