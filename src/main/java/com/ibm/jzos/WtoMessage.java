package com.ibm.jzos;

/**
 * A WTO message and its routing and descriptor codes, for {@link MvsConsole#wto(WtoMessage)}: a
 * line separator in the text starts a new WTO line. Codes not given are the console's defaults
 * (none: 0); off z/OS they are kept but not used, as {@link MvsConsole#wto(String, int, int)}'s.
 */
public class WtoMessage implements WtoConstants {
  private final String message;
  private int routcdes;
  private int descrs;

  /** A message with the console's default codes. */
  public WtoMessage(String message) {
    this(message, 0, 0);
  }

  /**
   * A message with routing codes {@code routcdeBitMask} and descriptor codes {@code
   * descrBitMask}.
   */
  public WtoMessage(String message, int routcdeBitMask, int descrBitMask) {
    this.message = message;
    this.routcdes = routcdeBitMask;
    this.descrs = descrBitMask;
  }

  /** Sets the routing codes (a bit mask of {@code ROUTCDE_*}). */
  public void setRoutcdes(int routcdes) {
    this.routcdes = routcdes;
  }

  /** Sets the descriptor codes (a bit mask of {@code DESC_*}). */
  public void setDescrs(int descrs) {
    this.descrs = descrs;
  }

  String text() {
    return message;
  }

  int routcdes() {
    return routcdes;
  }

  int descrs() {
    return descrs;
  }
}
