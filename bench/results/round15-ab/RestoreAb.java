package io.bwo.bench;

import io.bwo.catalog.Catalog;
import java.nio.file.*;
import java.util.*;

/** Exploration only: one world, one dump, then restores alternating variants' java opts. */
public final class RestoreAb {
  public static void main(String[] a) throws Exception {
    Path bwo = Path.of(a[0]); long mib = Long.parseLong(a[1]); int rounds = Integer.parseInt(a[2]);
    List<String> variants = List.of(Arrays.copyOfRange(a, 3, a.length));
    Path scratch = Files.createTempDirectory("bwo-bench-ab");
    World world = World.create(scratch.resolve("world"), 16, mib << 20, mib);
    Path dump = scratch.resolve("D.bwo");
    try (ServerProcess server = ServerProcess.start(bwo, world.catalog(), scratch.resolve("server.log"))) {
      DumpProcess.Figures d = DumpProcess.run(bwo, world.catalog(), dump, "", "", List.of(), scratch, "D");
      System.out.println("dump rc " + d.rc());
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (int v = 0; v < variants.size(); v++) {
        Baselines.copyMillis(world.dataFiles(), scratch.resolve("cp"));
        double cp = Baselines.copyMillis(world.dataFiles(), scratch.resolve("cp"));
        String[] bv = variants.get(v).split("\\|", 2);
        RestoreProcess.Figures x = RestoreProcess.run(Path.of(bv[0]), dump, scratch.resolve("restored"), bv.length > 1 ? bv[1] : "", scratch, "X" + r + v);
        String s = String.format("%.0f+%.0f cp %.0f (%.2fx)", x.verifyMillis(), x.writeMillis(), cp, cp / x.millis());
        System.out.println("round " + r + " [" + variants.get(v) + "] " + s);
        out.computeIfAbsent(variants.get(v), k -> new ArrayList<>()).add(s);
      }
    }
    out.forEach((k, l) -> System.out.println("[" + k + "] " + l));
    world.delete();
  }
}
