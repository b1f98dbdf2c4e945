package com.ibm.jzos;

/**
 * Routing and descriptor codes for {@link MvsConsole#wto(String, int, int)} and {@link
 * WtoMessage}, as IBM defines them: bit masks in which code {@code n} (1 to 16) is the bit {@code
 * 0x8000 >>> (n - 1)}, to be OR-ed together. The names and codes are those of IBM's field list;
 * IBM's {@code FLAG_CONSOLE_HARDCOPY} is left out, as its value is not published where it could
 * be confirmed (docs/jzos-stubs.md).
 */
public interface WtoConstants {
  /** Routing code 1, operator action: {@code 0x8000}. */
  int ROUTCDE_MASTER_CONSOLE_ACTION = 0x8000;

  /** Routing code 2, operator information: {@code 0x4000}. */
  int ROUTCDE_MASTER_CONSOLE_INFORMATION = 0x4000;

  /** Routing code 3, tape pool: {@code 0x2000}. */
  int ROUTCDE_TAPE_POOL = 0x2000;

  /** Routing code 4, direct access pool: {@code 0x1000}. */
  int ROUTCDE_DASD_POOL = 0x1000;

  /** Routing code 5, tape library: {@code 0x0800}. */
  int ROUTCDE_TAPE_LIBRARY = 0x0800;

  /** Routing code 6, disk library: {@code 0x0400}. */
  int ROUTCDE_DISK_LIBRARY = 0x0400;

  /** Routing code 7, unit record pool: {@code 0x0200}. */
  int ROUTCDE_UNIT_RECORD_POOL = 0x0200;

  /** Routing code 8, teleprocessing control: {@code 0x0100}. */
  int ROUTCDE_TELEPROCESSING_CONTROL = 0x0100;

  /** Routing code 9, system security: {@code 0x0080}. */
  int ROUTCDE_SYSTEM_SECURITY = 0x0080;

  /** Routing code 10, system/error maintenance: {@code 0x0040}. */
  int ROUTCDE_SYSPROG_INFORMATION = 0x0040;

  /** Routing code 11, programmer information: {@code 0x0020}. */
  int ROUTCDE_PROGRAMMER_INFORMATION = 0x0020;

  /** Routing code 12, emulation: {@code 0x0010}. */
  int ROUTCDE_EMULATORS = 0x0010;

  /** Descriptor code 1, system failure: {@code 0x8000}. */
  int DESC_SYSTEM_FAILURE = 0x8000;

  /** Descriptor code 2, immediate action required: {@code 0x4000}. */
  int DESC_IMMEDIATE_ACTION_REQUIRED = 0x4000;

  /** Descriptor code 3, eventual action required: {@code 0x2000}. */
  int DESC_EVENTUAL_ACTION_REQUIRED = 0x2000;

  /** Descriptor code 4, system status: {@code 0x1000}. */
  int DESC_SYSTEM_STATUS = 0x1000;

  /** Descriptor code 5, immediate command response: {@code 0x0800}. */
  int DESC_IMMEDIATE_COMMAND_RESPONSE = 0x0800;

  /** Descriptor code 6, job status: {@code 0x0400}. */
  int DESC_JOB_STATUS = 0x0400;

  /** Descriptor code 7, task related: {@code 0x0200}. */
  int DESC_RETAIN = 0x0200;

  /** Descriptor code 8, out-of-line: {@code 0x0100}. */
  int DESC_OUT_OF_LINE_MESSAGE = 0x0100;

  /** Descriptor code 9, operator's request: {@code 0x0080}. */
  int DESC_OPERATOR_REQUEST = 0x0080;

  /** Descriptor code 10, not defined: {@code 0x0040}. */
  int DESC_DYNAMIC_STATUS_DISPLAYS = 0x0040;

  /** Descriptor code 11, critical eventual action required: {@code 0x0020}. */
  int DESC_CRITICAL_EVENTUAL_ACTION_REQUESTED = 0x0020;

  /** Descriptor code 12, important information: {@code 0x0010}. */
  int DESC_IMPORTANT_INFORMATION_MESSAGES = 0x0010;

  /** Descriptor code 13, automation information: {@code 0x0008}. */
  int DESC_MESSAGE_PREVIOUSLY_AUTOMATED = 0x0008;
}
