package io.bwo.dump;

import io.bwo.message.BwoException;

/** A fault found while reading a dump, thrown by {@link DumpReader} with its message. */
final class DumpFaultException extends BwoException {
  private static final long serialVersionUID = 1L;

  private final transient DumpFault fault;

  DumpFaultException(DumpFault fault) {
    super(fault.message());
    this.fault = fault;
  }

  DumpFault fault() {
    return fault;
  }
}
