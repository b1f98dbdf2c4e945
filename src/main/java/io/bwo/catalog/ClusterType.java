package io.bwo.catalog;

/** The VSAM cluster organisation of a data set. LINEAR is what OSB page data sets are. */
public enum ClusterType {
  LINEAR
}
