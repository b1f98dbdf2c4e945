package io.bwo.copy;

import java.util.List;

/**
 * The CIs of a copied range that were overwritten after the point in time, and where their
 * point-in-time images are in the session's side file. Sorted by CI.
 */
public record PreservedCis(List<Image> images) {

  /** The point-in-time image of CI {@code ci}: {@code ciSize} bytes at {@code sideFileOffset}. */
  public record Image(long ci, long sideFileOffset) {
    public Image {
      if (ci < 0 || sideFileOffset < 0) {
        throw new IllegalArgumentException("bad image " + ci + " at " + sideFileOffset);
      }
    }
  }

  public PreservedCis {
    images = List.copyOf(images);
    for (int i = 1; i < images.size(); i++) {
      if (images.get(i - 1).ci() >= images.get(i).ci()) {
        throw new IllegalArgumentException("images not sorted by CI: " + images);
      }
    }
  }

  /** No CI of the range was overwritten: the live data was the point-in-time image. */
  public static PreservedCis none() {
    return new PreservedCis(List.of());
  }

  /** How many CIs of the range were preserved. */
  public int size() {
    return images.size();
  }
}
