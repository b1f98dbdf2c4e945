package com.ibm.jzos;

/**
 * A non-zero return code from a z/OS service, unchecked as IBM's is. Off z/OS the stubs raise it
 * only where IBM's methods would.
 */
public class RcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int rc;

  /** A failure described by {@code msg}, with the service's return code {@code rc}. */
  public RcException(String msg, int rc) {
    super(msg);
    this.rc = rc;
  }

  /**
   * The service's return code, which callers compare with the service's codes (IBM's
   * EnqUpdatePdsMember sample tells an ENQ in use from other failures so).
   */
  public int getRc() {
    return rc;
  }
}
