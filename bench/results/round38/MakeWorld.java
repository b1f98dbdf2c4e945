package io.bwo.bench;
import java.nio.file.Path;
public class MakeWorld {
  public static void main(String[] a) throws Exception {
    World.create(Path.of(a[0]), Integer.parseInt(a[1]), Long.parseLong(a[2]) << 20, 42);
  }
}
